package com.clinicchain.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * A client that sends a request's headers a byte at a time and never ends them, as a slowloris attack does: what the
 * server answers before it closes the connection, or a failure when it has not closed it within 20 s.
 */
public final class Slowloris {

    private Slowloris() {
    }

    public static String answerTo(String host, int port, String path) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            Thread trickle = new Thread(() -> {
                byte[] head = ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: ")
                        .getBytes(StandardCharsets.US_ASCII);
                try {
                    out.write(head);
                    out.flush();
                    while (true) {
                        Thread.sleep(250);
                        out.write('a');
                        out.flush();
                    }
                } catch (IOException | InterruptedException closed) {
                    // the server closed the connection: what the test waits for
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(answer);
            } catch (SocketException reset) {
                // closed with a reset rather than a FIN: closed all the same
            }
            trickle.interrupt();
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
