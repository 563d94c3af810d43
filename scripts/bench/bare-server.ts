// The baseline for the benchmark: a bare Fastify route that parses a JSON body and answers JSON,
// on the same machine in the same run, so Inspraak's figures are read as a ratio to it.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/v1/health', async () => ({ status: 'ok' }));
app.post('/v1/bare', async (request, reply) => {
  reply.code(201);
  return { received: request.body };
});
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)));
