package dev.parley.peer.ice;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;

/**
 * A STUN server for tests (RFC 8489 Binding only): answers every Binding Request with a
 * XOR-MAPPED-ADDRESS naming a fixed "public" address, as a server behind a NAT would see it.
 */
final class FakeStunServer implements AutoCloseable {

    private static final int MAGIC_COOKIE = 0x2112A442;
    private static final short BINDING_REQUEST = 0x0001;
    private static final short BINDING_SUCCESS = 0x0101;
    private static final short XOR_MAPPED_ADDRESS = 0x0020;

    private final DatagramSocket socket;
    private final InetAddress mappedAddress;
    private final int mappedPort;
    private final Thread thread;
    private volatile int requests;

    FakeStunServer(InetAddress bind, InetAddress mappedAddress, int mappedPort) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(bind, 0));
        this.mappedAddress = mappedAddress;
        this.mappedPort = mappedPort;
        this.thread = new Thread(this::serve, "fake-stun-server");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "stun:" + socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    int requests() {
        return requests;
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException closed) {
                return;
            }
            ByteBuffer request = ByteBuffer.wrap(packet.getData(), 0, packet.getLength());
            if (packet.getLength() < 20 || request.getShort(0) != BINDING_REQUEST || request.getInt(4) != MAGIC_COOKIE) {
                continue;
            }
            requests++;
            byte[] transactionId = new byte[12];
            request.position(8);
            request.get(transactionId);
            ByteBuffer response = ByteBuffer.allocate(32);
            response.putShort(BINDING_SUCCESS).putShort((short) 12).putInt(MAGIC_COOKIE).put(transactionId);
            response.putShort(XOR_MAPPED_ADDRESS).putShort((short) 8).put((byte) 0).put((byte) 0x01);
            response.putShort((short) (mappedPort ^ (MAGIC_COOKIE >>> 16)));
            response.putInt(ByteBuffer.wrap(mappedAddress.getAddress()).getInt() ^ MAGIC_COOKIE);
            try {
                socket.send(new DatagramPacket(response.array(), response.position(), packet.getSocketAddress()));
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
