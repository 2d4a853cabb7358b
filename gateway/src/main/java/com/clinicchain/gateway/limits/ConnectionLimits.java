package com.clinicchain.gateway.limits;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

import com.clinicchain.gateway.correlation.CorrelationIdFilter;
import com.clinicchain.problems.ProblemType;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Reactor Netty does not do by itself, on every connection:
 * <ul>
 * <li>a request head (request line and headers) must arrive whole within {@code clinic.gateway.limits.header-timeout}
 * of its first byte; Netty's idle timeout ({@code server.netty.idle-timeout}) closes a connection where nothing is
 * read, but a client sending a byte now and then (slowloris) would keep it for ever. Too slow: 408 problem, closed.</li>
 * <li>the answers Netty gives itself to a request it cannot decode (414 for a long request line, 431 for large
 * headers, 400) come without a body; they get their catalogue problem.</li>
 * </ul>
 */
@Component
class ConnectionLimits implements NettyServerCustomizer {

    private static final String DEADLINE = "clinic.headerDeadline";
    private static final String HEADS = "clinic.requestHeads";

    private final long headerTimeoutMillis;
    private final JsonMapper json;

    ConnectionLimits(LimitProperties limits, JsonMapper json) {
        this.headerTimeoutMillis = limits.headerTimeout().toMillis();
        this.json = json;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remote) -> install(channel));
    }

    private void install(Channel channel) {
        if (channel.pipeline().get(NettyPipeline.HttpCodec) == null) {
            return;
        }
        HeaderDeadline deadline = new HeaderDeadline();
        channel.pipeline().addBefore(NettyPipeline.HttpCodec, DEADLINE, deadline);
        channel.pipeline().addAfter(NettyPipeline.HttpCodec, HEADS, new RequestHeads(deadline));
    }

    /** A problem body; the correlation id is new, no exchange exists yet for a request that was never decoded. */
    private FullHttpResponse problem(ProblemType type, FullHttpResponse bare) {
        String correlationId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.type());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", type.meaning());
        body.put("correlationId", correlationId);
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(bare.protocolVersion(), bare.status(),
                Unpooled.wrappedBuffer(bytes));
        response.headers().set(bare.headers())
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .set(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                .set(CorrelationIdFilter.HEADER, correlationId);
        return response;
    }

    /** Sees the raw bytes, before the codec: the first byte of a request head starts its clock. */
    private final class HeaderDeadline extends ChannelInboundHandlerAdapter {

        private boolean inRequest;
        private ScheduledFuture<?> timer;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!inRequest && timer == null && msg instanceof ByteBuf bytes && bytes.isReadable()) {
                timer = ctx.executor().schedule(() -> tooSlow(ctx), headerTimeoutMillis, TimeUnit.MILLISECONDS);
            }
            ctx.fireChannelRead(msg);
        }

        private void tooSlow(ChannelHandlerContext ctx) {
            timer = null;
            ChannelHandlerContext heads = ctx.pipeline().context(HEADS);
            if (heads == null || !ctx.channel().isActive()) {
                ctx.close();
                return;
            }
            FullHttpResponse bare = new DefaultFullHttpResponse(io.netty.handler.codec.http.HttpVersion.HTTP_1_1,
                    io.netty.handler.codec.http.HttpResponseStatus.REQUEST_TIMEOUT);
            bare.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            // written through the codec from the handler behind it, then closed
            heads.writeAndFlush(problem(ProblemType.REQUEST_TIMEOUT, bare)).addListener(ChannelFutureListener.CLOSE);
        }

        void headArrived() {
            inRequest = true;
            cancel();
        }

        void requestRead() {
            inRequest = false;
        }

        private void cancel() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            cancel();
            ctx.fireChannelInactive();
        }
    }

    /** Sees decoded requests (a head is complete) and Netty's own bodiless error answers, after the codec. */
    private final class RequestHeads extends ChannelDuplexHandler {

        private final HeaderDeadline deadline;
        private boolean head;

        RequestHeads(HeaderDeadline deadline) {
            this.deadline = deadline;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                deadline.headArrived();
                head = HttpMethod.HEAD.equals(request.method());
            }
            if (msg instanceof LastHttpContent) {
                deadline.requestRead();
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            // an answer to HEAD never has a body
            if (!head && msg instanceof FullHttpResponse bare && bare.status().code() >= 400 && !bare.content().isReadable()
                    && !bare.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                FullHttpResponse problem = problem(ProblemType.forStatus(bare.status().code()), bare);
                bare.release();
                ctx.write(problem, promise);
                return;
            }
            ctx.write(msg, promise);
        }
    }
}
