// Waits until the URL answers 200 (sf-api's /readyz), or fails after the given seconds.
const [url, secondsArg] = process.argv.slice(2);
const stopAt = Date.now() + Number(secondsArg ?? 30) * 1000;
let last = 'no answer';
while (Date.now() < stopAt) {
  try {
    const reply = await fetch(url, { signal: AbortSignal.timeout(1000) });
    if (reply.status === 200) process.exit(0);
    last = `${reply.status} ${await reply.text()}`;
  } catch (err) {
    last = err instanceof Error ? err.message : String(err);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
process.stderr.write(`${url} not ready: ${last}\n`);
process.exit(1);
