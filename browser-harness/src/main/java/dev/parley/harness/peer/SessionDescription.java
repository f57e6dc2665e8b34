package dev.parley.harness.peer;

/** RTCSessionDescriptionInit: type is "offer", "pranswer", "answer" or "rollback". */
public record SessionDescription(String type, String sdp) {

    public static SessionDescription rollback() {
        return new SessionDescription("rollback", "");
    }

    /** The a=ice-ufrag value of the first media section, or null. */
    public String iceUfrag() {
        return attribute("ice-ufrag");
    }

    public String icePwd() {
        return attribute("ice-pwd");
    }

    private String attribute(String name) {
        if (sdp == null) {
            return null;
        }
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("a=" + name + ":")) {
                return line.substring(name.length() + 3).trim();
            }
        }
        return null;
    }
}
