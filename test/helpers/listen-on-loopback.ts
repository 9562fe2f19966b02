import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * Starts a stand-in server on a free loopback port and gives its OpenAI-style base URL
 * (`http://127.0.0.1:PORT/v1`) and a `close` that ends every open connection first (a stand-in model may
 * be holding a stream open), so a test's `after` never waits on a client that went away. Shared by the
 * stand-in model servers in test/helpers/.
 */
export async function listenOnLoopback(server: Server): Promise<{ baseURL: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
