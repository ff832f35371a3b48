import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** One PostgreSQL protocol message: type byte, length (itself included), body. */
function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const field = (code: string, value: string) => Buffer.from(`${code}${value}\0`, 'utf8');

/**
 * A server that speaks just enough of the PostgreSQL protocol to refuse a password the way a real
 * one does: it asks for a cleartext password, then answers FATAL 28P01. The shared test server
 * trusts every local connection, so it cannot be made to refuse one.
 */
export async function startPasswordRefusingServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => {
    let startupSeen = false;
    socket.on('data', () => {
      if (!startupSeen) {
        startupSeen = true;
        const cleartextPassword = Buffer.alloc(4);
        cleartextPassword.writeInt32BE(3);
        socket.write(message('R', cleartextPassword));
        return;
      }
      const user = 'graph';
      socket.end(
        message(
          'E',
          Buffer.concat([
            field('S', 'FATAL'),
            field('V', 'FATAL'),
            field('C', '28P01'),
            field('M', `password authentication failed for user "${user}"`),
            Buffer.from('\0'),
          ]),
        ),
      );
    });
    socket.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
