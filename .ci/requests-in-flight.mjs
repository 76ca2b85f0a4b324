// Sends COUNT requests to the server on PORT, and once every one is on the wire, sends the
// server (PID) SIGTERM. Prints each request's outcome: a status code, or the socket error
// that cut it off. Used by standalone.sh to check graceful shutdown.
import http from 'node:http';

const [port, pid, count] = process.argv.slice(2).map(Number);
let sent = 0;
const outcomes = await new Promise((resolve) => {
  const done = [];
  const settle = (outcome) => {
    done.push(outcome);
    if (done.length === count) resolve(done);
  };
  for (let index = 0; index < count; index += 1) {
    const request = http.get({ host: '127.0.0.1', port, path: `/search?q=story${index}`, agent: false }, (response) => {
      response.resume();
      response.on('end', () => settle(response.statusCode));
      response.on('error', (error) => settle(error.code ?? 'error'));
    });
    request.on('error', (error) => settle(error.code ?? 'error'));
    // A short pause after the last request leaves, so the server has accepted them all.
    request.on('finish', () => {
      sent += 1;
      if (sent === count) setTimeout(() => process.kill(pid, 'SIGTERM'), 100);
    });
  }
});
console.log(outcomes.join(' '));
