package com.clinicchain.kit.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.coyote.Processor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

import com.clinicchain.problems.ProblemType;

/**
 * Tomcat's HTTP/1.1 connector with a deadline for a request's head: its line and headers must arrive whole within
 * {@link #setHeaderTimeoutMillis(long) the header timeout} of the first part read. Tomcat's own
 * {@code connectionTimeout} counts from the last byte read, so a client sending a byte now and then (slowloris) would
 * hold a connection and a processor for ever. While a head is incomplete, the socket's read timeout is cut to what is
 * left of the deadline, so that Tomcat's poller closes a stalled one as it closes any timed-out read; one that keeps
 * trickling is answered 408 and closed at the first read past the deadline.
 */
public class HeaderTimeoutProtocol extends Http11NioProtocol {

    private volatile long headerTimeoutMillis = 5_000;

    public HeaderTimeoutProtocol() {
        Handler<NioChannel> connections = getHandler();
        getEndpoint().setHandler(new Deadline(connections));
    }

    public void setHeaderTimeoutMillis(long headerTimeoutMillis) {
        this.headerTimeoutMillis = headerTimeoutMillis;
    }

    public long getHeaderTimeoutMillis() {
        return headerTimeoutMillis;
    }

    private final class Deadline implements Handler<NioChannel> {

        private final Handler<NioChannel> connections;
        /** When each connection with an incomplete head began reading it (System.nanoTime()). */
        private final Map<SocketWrapperBase<NioChannel>, Long> headsStarted = new ConcurrentHashMap<>();

        Deadline(Handler<NioChannel> connections) {
            this.connections = connections;
        }

        @Override
        public SocketState process(SocketWrapperBase<NioChannel> socket, SocketEvent event) {
            SocketState state = connections.process(socket, event);
            if (state == SocketState.LONG && readingHead(socket)) {
                long now = System.nanoTime();
                long started = headsStarted.computeIfAbsent(socket, s -> now);
                long left = headerTimeoutMillis - (now - started) / 1_000_000;
                if (left <= 0) {
                    // still trickling: the poller's read timeout never fires while bytes keep coming
                    headsStarted.remove(socket);
                    tooSlow(socket);
                    return SocketState.CLOSED;
                }
                socket.setReadTimeout(Math.min(left, socket.getReadTimeout()));
            } else {
                headsStarted.remove(socket);
            }
            return state;
        }

        /** A 408 problem, then the endpoint closes the socket (which releases the processor). */
        private static void tooSlow(SocketWrapperBase<NioChannel> socket) {
            String correlationId = UUID.randomUUID().toString();
            ProblemType type = ProblemType.REQUEST_TIMEOUT;
            String body = "{\"type\":\"" + type.type() + "\",\"title\":\"" + type.title() + "\",\"status\":"
                    + type.status() + ",\"detail\":\"the request's line and headers did not arrive in time\","
                    + "\"correlationId\":\"" + correlationId + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/problem+json\r\nContent-Length: "
                    + bytes.length + "\r\n" + CorrelationId.HEADER + ": " + correlationId + "\r\nConnection: close\r\n\r\n";
            try {
                socket.write(true, ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
                socket.write(true, ByteBuffer.wrap(bytes));
                socket.flush(true);
            } catch (IOException e) {
                // the client is gone: closed all the same
            }
        }

        /**
         * A processor kept for the socket that is neither async nor upgraded: Http11Processor keeps it (answers LONG)
         * only when a request's line or headers are incomplete; body reads block inside the processor instead.
         */
        private static boolean readingHead(SocketWrapperBase<NioChannel> socket) {
            return socket.getCurrentProcessor() instanceof Processor processor && !processor.isUpgrade()
                    && !processor.isAsync();
        }

        @Override
        public Object getGlobal() {
            return connections.getGlobal();
        }

        @Override
        public void release(SocketWrapperBase<NioChannel> socket) {
            headsStarted.remove(socket);
            connections.release(socket);
        }

        @Override
        public void pause() {
            connections.pause();
        }

        @Override
        public void recycle() {
            connections.recycle();
        }
    }
}
