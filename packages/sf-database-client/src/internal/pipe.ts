import { Metadata, status as GrpcCode, type Client, type ClientDuplexStream, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { ERROR_CODE_KEY, ERROR_DETAILS_KEY, databaseServices, type PipeCall, type PipeReply__Output } from '@sf/proto';

type Waiter = { resolve: (response: Buffer) => void; reject: (err: ServiceError) => void; timer: NodeJS.Timeout };

/**
 * How long a pipe with nothing in flight stays open. An open stream keeps
 * the process alive, as a unary call in flight does; a pipe idle this long is
 * closed, and the next call opens another.
 */
export const PIPE_IDLE_MS = 1000;

/**
 * Statuses a stream ends with when the server or the connection went away:
 * the calls in flight fail as a cut unary call does, and the endpoint is
 * taken out until its health probe answers. Any other status means what
 * answers will not serve pipes (a proxy in front of another build, or one
 * refusing the stream): the calls go unary instead, the endpoint kept.
 */
const GONE = new Set<number>([GrpcCode.OK, GrpcCode.UNAVAILABLE, GrpcCode.INTERNAL, GrpcCode.UNKNOWN, GrpcCode.CANCELLED, GrpcCode.DEADLINE_EXCEEDED]);

/** A failure as a unary call would have reported it, so the transport treats both alike. */
function serviceError(code: number, details: string, metadata = new Metadata()): ServiceError {
  return Object.assign(new Error(`${code} ${GrpcCode[code] ?? ''}: ${details}`), { code, details, metadata });
}

function replyError(reply: PipeReply__Output): ServiceError {
  const metadata = new Metadata();
  if (reply.error_code !== '') metadata.set(ERROR_CODE_KEY, reply.error_code);
  if (reply.error_details_json !== '') metadata.set(ERROR_DETAILS_KEY, reply.error_details_json);
  return serviceError(reply.code, reply.message, metadata);
}

/** The code a pipe's calls fail with when the stream was refused (see GONE). */
export const PIPE_REFUSED = 'SF_ERR_UNAVAILABLE_PIPE_REFUSED';

/**
 * The client side of one endpoint's PipeService stream: reads, sent on one
 * long-lived stream and matched to their replies by id. The stream opens on
 * the first call and again on the first call after it ended. When it ends
 * with calls in flight (the server drained, died or the connection broke),
 * those calls fail UNAVAILABLE, to be retried on another endpoint as a cut
 * unary call would be.
 */
export class Pipe {
  private stream: ClientDuplexStream<PipeCall, PipeReply__Output> | undefined;
  private readonly pending = new Map<number, Waiter>();
  private nextId = 1;
  private closing = false;
  /**
   * The stream was refused (see GONE): reads go unary until the endpoint
   * next answers what it speaks (Endpoint.spoke; a reconnect makes it ask).
   */
  refused = false;
  /** The one timer that closes the pipe once idle, and when it was last busy (performance.now()). */
  private idle: NodeJS.Timeout | undefined;
  private busyAt = 0;

  constructor(
    private readonly client: Client,
    private readonly onRefused: (reason: string) => void,
  ) {}

  call(method: string, request: Buffer, deadline: number, requestId: string | undefined): Promise<Buffer> {
    if (this.closing) return Promise.reject(serviceError(GrpcCode.UNAVAILABLE, 'the sf-database client was closed'));
    if (deadline <= Date.now()) return Promise.reject(serviceError(GrpcCode.DEADLINE_EXCEEDED, 'Deadline exceeded'));
    const stream = this.stream ?? this.open();
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(serviceError(GrpcCode.DEADLINE_EXCEEDED, 'Deadline exceeded'));
        this.cancelWhenIdle();
      }, deadline - Date.now());
      this.pending.set(id, { resolve, reject, timer });
      stream.write({ id, method, request, ...(requestId === undefined ? {} : { request_id: requestId }) });
    });
  }

  /**
   * Half-closes the stream, as a closed channel lets its unary calls finish:
   * the server answers the calls in flight, then ends it. Should they go
   * unanswered, the stream is cancelled when the last one's deadline passes.
   */
  close(): void {
    this.closing = true;
    this.stream?.end();
    this.cancelWhenIdle();
  }

  private open(): ClientDuplexStream<PipeCall, PipeReply__Output> {
    const method = databaseServices().pipe.Pipe;
    const stream = this.client.makeBidiStreamRequest<PipeCall, PipeReply__Output>(method.path, method.requestSerialize, method.responseDeserialize, new Metadata(), {});
    stream.on('data', (reply: PipeReply__Output) => this.settle(reply));
    // The status below says how it ended; an error event without a listener would be thrown.
    stream.on('error', () => undefined);
    stream.on('status', (status: StatusObject) => {
      if (this.stream !== stream) return;
      this.stream = undefined;
      if (GONE.has(status.code)) {
        const how = status.code === GrpcCode.OK ? 'ended by the server' : `failed: ${status.details}`;
        this.failAll(serviceError(GrpcCode.UNAVAILABLE, `the pipe to sf-database ${how}`));
        return;
      }
      this.refused = true;
      this.onRefused(`${GrpcCode[status.code] ?? status.code}: ${status.details}`);
      // Coded, so the attempt sends the call again unary, to the same endpoint, which answered.
      const metadata = new Metadata();
      metadata.set(ERROR_CODE_KEY, PIPE_REFUSED);
      this.failAll(serviceError(GrpcCode.UNAVAILABLE, `the pipe to sf-database was refused (${GrpcCode[status.code] ?? status.code}: ${status.details}); its calls go unary`, metadata));
    });
    this.stream = stream;
    return stream;
  }

  private settle(reply: PipeReply__Output): void {
    const waiter = this.pending.get(reply.id);
    // Its caller gave up on it (the deadline passed): nobody is waiting.
    if (waiter === undefined) return;
    this.pending.delete(reply.id);
    clearTimeout(waiter.timer);
    if (reply.code === GrpcCode.OK) waiter.resolve(reply.response);
    else waiter.reject(replyError(reply));
    this.cancelWhenIdle();
  }

  /**
   * Nothing in flight: a closing pipe is cancelled now, an open one once
   * PIPE_IDLE_MS pass without a call. One timer serves a busy pipe: it is
   * not reset per call, but looks again when it fires.
   */
  private cancelWhenIdle(): void {
    if (this.pending.size > 0 || this.stream === undefined) return;
    if (this.closing) {
      this.cancel();
      return;
    }
    this.busyAt = performance.now();
    if (this.idle === undefined) this.checkIdleIn(PIPE_IDLE_MS);
  }

  private checkIdleIn(ms: number): void {
    this.idle = setTimeout(() => {
      this.idle = undefined;
      if (this.pending.size > 0 || this.stream === undefined) return;
      const quiet = performance.now() - this.busyAt;
      if (quiet >= PIPE_IDLE_MS) this.cancel();
      else this.checkIdleIn(PIPE_IDLE_MS - quiet);
    }, ms);
    this.idle.unref();
  }

  private cancel(): void {
    clearTimeout(this.idle);
    this.idle = undefined;
    const stream = this.stream;
    this.stream = undefined;
    stream?.cancel();
  }

  private failAll(err: ServiceError): void {
    const waiters = [...this.pending.values()];
    this.pending.clear();
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(err);
    }
  }
}
