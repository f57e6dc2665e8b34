package dev.parley.peer.datachannel;

/**
 * The counters of W3C RTCDataChannelStats (webrtc-stats section 7.6): API messages and their payload bytes,
 * counted when send() accepts them and when "message" events are delivered.
 */
public record DataChannelCounters(long messagesSent, long bytesSent, long messagesReceived, long bytesReceived) {
}
