/**
 * SDP (RFC 8866): the model, a parser tolerant of what Chrome and Firefox write, and a writer that is its
 * exact inverse, plus the attribute grammars JSEP reads (rtpmap/fmtp/rtcp-fb, extmap, candidate).
 */
package dev.parley.peer.sdp;
