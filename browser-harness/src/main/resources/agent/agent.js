// Parley's agent page: drives this browser's own RTCPeerConnection for the harness.
// The harness calls agent.callJson('{"method":..., "args":[...]}') and gets back a JSON string
// {"ok": value} or {"error": {"name": DOMException name, "message": ...}}. Plain JS, no build step.
'use strict';
(function () {
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const logs = [];
  let pc = null;
  let events = [];
  let channels = new Map();   // handle -> {dc, received: [], chain: Promise}
  let nextHandle = 1;
  let streams = [];

  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      logs.push(`${now().toFixed(1)} ${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  window.addEventListener('error', e => logs.push(`${now().toFixed(1)} uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', e => logs.push(`${now().toFixed(1)} unhandled rejection: ${e.reason}`));

  function record(type, value, detail) {
    events.push({type, value: value === undefined ? null : value, detail: detail === undefined ? null : detail, t: now()});
  }

  function hex(buffer) {
    return Array.from(new Uint8Array(buffer)).map(b => b.toString(16).padStart(2, '0')).join('');
  }

  async function digest(binary, bytes) {
    return {binary, size: bytes.byteLength, sha256: hex(await crypto.subtle.digest('SHA-256', bytes))};
  }

  // Same generator as MessageSpec.payload() in Java.
  function payload(spec) {
    const out = new Uint8Array(spec.size);
    for (let i = 0; i < spec.size; i++) {
      out[i] = spec.binary ? (spec.seed + i * 31) % 251 : 97 + ((spec.seed + i) % 26);
    }
    return out;
  }

  function adopt(dc) {
    const handle = 'dc' + (nextHandle++);
    const entry = {dc, handle, received: [], chain: Promise.resolve(), bytes: 0, count: 0, firstAt: null, lastAt: null, bulk: false};
    channels.set(handle, entry);
    dc.binaryType = 'arraybuffer';
    for (const type of ['open', 'closing', 'close', 'bufferedamountlow']) {
      dc.addEventListener(type, () => record(type, handle, dc.label));
    }
    dc.addEventListener('error', e => record('error', handle, (e.error && e.error.message) || dc.label));
    dc.addEventListener('message', e => {
      const size = typeof e.data === 'string' ? e.data.length : e.data.byteLength;
      entry.bytes += size;
      entry.count++;
      entry.lastAt = now();
      if (entry.firstAt === null) {
        entry.firstAt = entry.lastAt;
      }
      if (entry.bulk) {
        return; // throughput runs count bytes only
      }
      const binary = typeof e.data !== 'string';
      const bytes = binary ? new Uint8Array(e.data) : new TextEncoder().encode(e.data);
      // Digests are async: chain them so `received` keeps arrival order.
      entry.chain = entry.chain.then(() => digest(binary, bytes)).then(d => entry.received.push(d));
    });
    return handle;
  }

  function channelInfo(entry) {
    const dc = entry.dc;
    return {handle: entry.handle, label: dc.label, id: dc.id, readyState: dc.readyState, ordered: dc.ordered,
      maxPacketLifeTime: dc.maxPacketLifeTime, maxRetransmits: dc.maxRetransmits, protocol: dc.protocol,
      negotiated: dc.negotiated, bufferedAmount: dc.bufferedAmount};
  }

  function channel(handle) {
    const entry = channels.get(handle);
    if (!entry) {
      throw new DOMException('no data channel with handle ' + handle, 'NotFoundError');
    }
    return entry;
  }

  function description(d) {
    return d ? {type: d.type, sdp: d.sdp} : null;
  }

  function requirePc() {
    if (!pc) {
      throw new DOMException('open() was not called', 'InvalidStateError');
    }
    return pc;
  }

  const methods = {
    open(config) {
      if (pc) {
        pc.close();
      }
      events = [];
      channels = new Map();
      for (const s of streams) {
        s.getTracks().forEach(t => t.stop());
      }
      streams = [];
      pc = new RTCPeerConnection(config || {});
      const p = pc;
      p.addEventListener('signalingstatechange', () => record('signalingstatechange', p.signalingState));
      p.addEventListener('iceconnectionstatechange', () => record('iceconnectionstatechange', p.iceConnectionState));
      p.addEventListener('connectionstatechange', () => record('connectionstatechange', p.connectionState));
      p.addEventListener('icegatheringstatechange', () => record('icegatheringstatechange', p.iceGatheringState));
      p.addEventListener('negotiationneeded', () => record('negotiationneeded'));
      p.addEventListener('icecandidate', e => {
        const c = e.candidate;
        record('icecandidate', c ? c.candidate : null,
          c ? JSON.stringify({sdpMid: c.sdpMid, sdpMLineIndex: c.sdpMLineIndex, usernameFragment: c.usernameFragment}) : null);
      });
      p.addEventListener('icecandidateerror', e => record('icecandidateerror', String(e.errorCode), e.url + ' ' + e.errorText));
      p.addEventListener('track', e => {
        record('track', e.track.kind, e.track.id);
        const el = document.createElement(e.track.kind);
        el.autoplay = true;
        el.muted = true;
        el.srcObject = e.streams[0] || new MediaStream([e.track]);
        document.getElementById('media').appendChild(el);
      });
      p.addEventListener('datachannel', e => {
        const handle = adopt(e.channel);
        record('datachannel', handle, e.channel.label);
      });
      return null;
    },
    async createOffer(options) {
      return description(await requirePc().createOffer(options || {}));
    },
    async createAnswer() {
      return description(await requirePc().createAnswer());
    },
    async setLocalDescription(d) {
      await (d ? requirePc().setLocalDescription(d) : requirePc().setLocalDescription());
      return null;
    },
    async setRemoteDescription(d) {
      await requirePc().setRemoteDescription(d);
      return null;
    },
    async addIceCandidate(c) {
      await requirePc().addIceCandidate(c === null ? undefined : c);
      return null;
    },
    get(name) {
      const value = requirePc()[name];
      return (value && typeof value === 'object' && 'sdp' in value) ? description(value) : (value === undefined ? null : value);
    },
    restartIce() {
      requirePc().restartIce();
      return null;
    },
    async addUserMedia(audio, video) {
      const stream = await navigator.mediaDevices.getUserMedia({audio, video: video ? {width: 320, height: 240} : false});
      streams.push(stream);
      return stream.getTracks().map(t => {
        requirePc().addTrack(t, stream);
        return t.id;
      });
    },
    addTransceiver(kind, direction) {
      requirePc().addTransceiver(kind, {direction});
      return null;
    },
    createDataChannel(label, init) {
      const clean = {};
      for (const [k, v] of Object.entries(init || {})) {
        if (v !== null && v !== undefined) {
          clean[k] = v;
        }
      }
      return adopt(requirePc().createDataChannel(label, clean));
    },
    dataChannels() {
      return Array.from(channels.keys());
    },
    dataChannel(handle) {
      return channelInfo(channel(handle));
    },
    async send(handle, spec) {
      const bytes = payload(spec);
      const dc = channel(handle).dc;
      if (spec.binary) {
        dc.send(bytes);
      } else {
        dc.send(new TextDecoder().decode(bytes));
      }
      return digest(spec.binary, bytes);
    },
    async received(handle) {
      const entry = channel(handle);
      await entry.chain;
      return entry.received;
    },
    // Benchmarks: send total bytes in chunks, keeping bufferedAmount bounded, like a real app would.
    async sendBulk(handle, total, chunk) {
      const dc = channel(handle).dc;
      const data = new Uint8Array(chunk);
      const high = 4 * 1024 * 1024;
      dc.bufferedAmountLowThreshold = 1024 * 1024;
      const started = now();
      let sent = 0;
      while (sent < total) {
        if (dc.bufferedAmount > high) {
          await new Promise(resolve => dc.addEventListener('bufferedamountlow', resolve, {once: true}));
          continue;
        }
        const n = Math.min(chunk, total - sent);
        dc.send(n === chunk ? data : data.subarray(0, n));
        sent += n;
      }
      return {sent, startedAt: started, queuedAt: now()};
    },
    countOnly(handle) {
      channel(handle).bulk = true;
      return null;
    },
    counters(handle) {
      const e = channel(handle);
      return {bytes: e.bytes, count: e.count, firstAt: e.firstAt, lastAt: e.lastAt, now: now()};
    },
    closeDataChannel(handle) {
      channel(handle).dc.close();
      return null;
    },
    async getStats() {
      const report = await requirePc().getStats();
      const out = [];
      report.forEach(s => out.push(Object.assign({}, s)));
      return out;
    },
    eventsSince(count) {
      return events.slice(count);
    },
    logs() {
      return logs;
    },
    closeConnection() {
      if (pc) {
        pc.close();
        record('close', 'closed');
      }
      return null;
    },
    userAgent() {
      return navigator.userAgent;
    },
  };

  window.agent = {
    async callJson(requestJson) {
      try {
        const request = JSON.parse(requestJson);
        const method = methods[request.method];
        if (!method) {
          throw new DOMException('unknown agent method ' + request.method, 'NotSupportedError');
        }
        const value = await method(...(request.args || []));
        return JSON.stringify({ok: value === undefined ? null : value});
      } catch (e) {
        const name = (e && e.name) || 'Error';
        return JSON.stringify({error: {name, message: String((e && e.message) || e)}});
      }
    },
  };
  document.getElementById('status').textContent = 'agent ready';
})();
