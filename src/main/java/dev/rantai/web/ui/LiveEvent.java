package dev.rantai.web.ui;

/** One Server-Sent Event, serialised once and written, with the rest of its window, to every open stream. */
public record LiveEvent(String name, String json) {

    /** The event in the text/event-stream format, a blank line ending it. */
    public String frame() {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }
}
