import { status as GrpcCode, type ServerDuplexStream, type ServiceDefinition, type handleBidiStreamingCall } from '@grpc/grpc-js';
import { InternalError, NotImplementedError, ValidationError, toSfError, type Logger, type SfError } from '@sf/common';
import type { PipeCall__Output, PipeReply } from '@sf/proto';
import type { TierMetrics } from './metrics.js';
import { pipeServe, type Serve } from './unary.js';

/** What a pipe needs of one method: its messages' codecs and its wrapped handler. */
interface Target {
  deserialize: (bytes: Buffer) => unknown;
  serialize: (response: unknown) => Buffer;
  serve: Serve<unknown, unknown>;
}

/** Every method of the registered services that may run on a pipe, by full path. */
export function pipeTargets(services: ReadonlyArray<readonly [ServiceDefinition, object]>): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const [definition, handlers] of services) {
    for (const [name, method] of Object.entries(definition)) {
      const serve = pipeServe((handlers as Record<string, unknown>)[name]);
      if (serve === undefined) continue;
      targets.set(method.path, { deserialize: method.requestDeserialize, serialize: method.responseSerialize, serve });
    }
  }
  return targets;
}

type Stream = ServerDuplexStream<PipeCall__Output, PipeReply>;

/** One client's pipe: its calls in flight, and whether it is to end once they are answered. */
class Session {
  inFlight = 0;
  draining = false;
  closed = false;

  constructor(readonly stream: Stream) {}

  reply(reply: PipeReply): void {
    if (this.closed) return;
    this.stream.write(reply);
  }

  settled(): void {
    this.inFlight -= 1;
    if (this.draining && this.inFlight === 0) this.end();
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.stream.end();
  }
}

function failure(id: number, err: SfError): PipeReply {
  return {
    id,
    code: err.grpcStatus,
    message: err.message,
    error_code: err.code,
    ...(err.details === undefined ? {} : { error_details_json: JSON.stringify(err.details) }),
  };
}

/**
 * The server side of PipeService: each call on a pipe is dispatched to the
 * method's own handler (the same metrics, logs and errors as a unary call)
 * and answered on the pipe as it finishes.
 */
export class PipeServer {
  private readonly sessions = new Set<Session>();
  private draining = false;

  /**
   * maxReplyBytes: the largest reply sent on a pipe. A message past the
   * transport's limit would end the whole stream and every call on it; the
   * call whose reply is too large fails alone instead, as it would unary.
   */
  constructor(
    private readonly targets: ReadonlyMap<string, Target>,
    private readonly log: Logger,
    private readonly metrics: TierMetrics,
    private readonly maxReplyBytes: number,
  ) {}

  readonly handler: handleBidiStreamingCall<PipeCall__Output, PipeReply> = (stream) => {
    const session = new Session(stream);
    this.sessions.add(session);
    this.metrics.pipesOpen.inc();
    const forget = (): void => {
      session.closed = true;
      if (this.sessions.delete(session)) this.metrics.pipesOpen.dec();
    };
    stream.on('data', (call: PipeCall__Output) => this.dispatch(session, call));
    // The client ended its side (it closed the pool): answer what is in flight, then end ours.
    stream.on('end', () => {
      session.draining = true;
      if (session.inFlight === 0) session.end();
    });
    stream.on('cancelled', forget);
    stream.on('error', (err: Error) => {
      this.log.debug({ err }, 'pipe stream failed');
      forget();
    });
    stream.on('finish', forget);
    // Opened after the drain began: nothing is in flight on it, so it ends at once.
    if (this.draining) {
      session.draining = true;
      session.end();
    }
  };

  /** Ends every pipe once its calls are answered; calls arriving meanwhile are refused UNAVAILABLE, to go elsewhere. */
  drain(): void {
    this.draining = true;
    for (const session of this.sessions) {
      session.draining = true;
      if (session.inFlight === 0) session.end();
    }
  }

  private dispatch(session: Session, call: PipeCall__Output): void {
    const { id } = call;
    this.metrics.pipeCalls.inc();
    if (session.draining) {
      session.reply({ id, code: GrpcCode.UNAVAILABLE, message: 'sf-database is shutting down' });
      if (session.inFlight === 0) session.end();
      return;
    }
    const target = this.targets.get(call.method);
    if (target === undefined) {
      session.reply(failure(id, new NotImplementedError(`${call.method} is not served on a pipe: only reads are`)));
      return;
    }
    let request: unknown;
    try {
      request = target.deserialize(call.request);
    } catch {
      session.reply(failure(id, new ValidationError(`${call.method}: the request could not be parsed`)));
      return;
    }
    session.inFlight += 1;
    void this.answer(session, id, target, request, call.request_id).finally(() => session.settled());
  }

  private async answer(session: Session, id: number, target: Target, request: unknown, requestId: string): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = target.serialize(await target.serve(request, requestId));
    } catch (err) {
      session.reply(failure(id, toSfError(err, 'the call failed')));
      return;
    }
    if (bytes.length > this.maxReplyBytes) {
      const tooLarge = new InternalError(`the reply is ${bytes.length} bytes, more than the ${this.maxReplyBytes} a message may hold`, { code: 'SF_ERR_INTERNAL_REPLY_TOO_LARGE' });
      this.log.warn({ err: tooLarge, request_id: requestId, reply_bytes: bytes.length }, 'pipe reply too large');
      session.reply(failure(id, tooLarge));
      return;
    }
    session.reply({ id, response: bytes });
  }
}
