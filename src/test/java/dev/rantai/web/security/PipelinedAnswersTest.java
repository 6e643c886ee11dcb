private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

b    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

x    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

U    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

R    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

L    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

R    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

Q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

*    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

*    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

*    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

*    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

:    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

3    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

7    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

,    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

*    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

7    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

4    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

3    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

G    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

z    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

*    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

@    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

Q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

@    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

R    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

U    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

R    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

L    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

x    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

,    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

5    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

_    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

@    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

N    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

R    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

x    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

3    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

b    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

K    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

4    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

b    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

:    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

b    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

,    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

3    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

,    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

3    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

M    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

G    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

:    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

x    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

U    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

_    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

:    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

b    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

M    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

D    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

3    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

N    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

x    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

-    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

>    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

U    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

_    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

x    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

R    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

R    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

R    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

,    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

_    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

8    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

8    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

5    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

9    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

_    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

L    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

!    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

L    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

W    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

2    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

+    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

+    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

j    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

x    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

b    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

,    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

f    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

L    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

2    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

k    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

=    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

{    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

O    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

G    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

v    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

:    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

x    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

:    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

c    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

\    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

U    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

_    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

w    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

g    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

p    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

m    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

N    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

B    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

y    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

2    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

,    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

n    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

d    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

h    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

r    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

e    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

t    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

U    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

_    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

A    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

S    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

C    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

I    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

i    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

s    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

E    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

q    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

u    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

a    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

l    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

o    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

(    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

H    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

T    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

P    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

/    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

.    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

1    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

2    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

0    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

"    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

)    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

;    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

     private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }

}    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }


    private Socket open() throws IOException {
        return HttpEdgeBoundsTest.socketTo(root);
    }
