package dev.rantai.web.ui;

/**
 * What the layout of every page needs: its title, which navigation entry is current, the form
 * token, and the network this node belongs to.
 */
public record Page(String title, String nav, String csrfToken, String network) {
}
