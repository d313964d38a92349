import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { Core } from '../core/core'
import { BRIDGE_SCRIPT } from './bridge'

const HOST = '127.0.0.1'
// A roster of ~30 MB arrives as base64 (a third larger) inside JSON.
const MAX_BODY_BYTES = 48 * 1024 * 1024

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json'
}

export interface WebServer {
  url: string
  port: number
  close(): Promise<void>
}

/**
 * Browser mode: the built renderer and /rpc on 127.0.0.1 only. The page is served only with
 * the per-run token in its URL; every /rpc call must carry it, come from our own origin and
 * name our own host (no DNS rebinding).
 */
export async function startWebServer(opts: { core: Core; rendererDir: string; port: number }): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url')
  const indexHtml = readFileSync(join(opts.rendererDir, 'index.html'), 'utf8')
  let origin = ''

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'internal error'))
  })
  // One local user on loopback: keep idle connections for ten minutes rather than Node's 5 s, so
  // a client reusing a socket does not race the server closing it (a POST sent on a socket being
  // closed fails with ECONNRESET and is not retried).
  server.keepAliveTimeout = 10 * 60_000

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin)
    if (!hostIsOurs(req.headers.host)) return send(res, 421, 'text/plain; charset=utf-8', 'wrong host')
    if (url.pathname.startsWith('/rpc/')) return rpc(req, res, decodeURIComponent(url.pathname.slice(5)))
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!tokenMatches(url.searchParams.get('token'))) {
        return send(res, 403, 'text/plain; charset=utf-8', 'XinAn: open the address printed by `npm run web` (it carries this run\'s token).')
      }
      return send(res, 200, MIME['.html']!, pageWithBridge())
    }
    if (url.pathname === '/bridge.js') return send(res, 200, MIME['.js']!, BRIDGE_SCRIPT)
    return serveStatic(res, url.pathname)
  }

  function pageWithBridge(): string {
    const head = `<meta name="xinan-token" content="${token}" />\n    <script src="/bridge.js"></script>`
    return indexHtml.replace('<head>', `<head>\n    ${head}`)
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    const from = req.headers.origin
    if (from !== undefined && from !== origin) return send(res, 403, 'text/plain; charset=utf-8', 'wrong origin')
    const header = req.headers['x-xinan-token']
    if (!tokenMatches(typeof header === 'string' ? header : null)) return send(res, 403, 'text/plain; charset=utf-8', 'wrong token')
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'text/plain; charset=utf-8', 'json only')
    }
    let body: unknown
    try {
      body = JSON.parse(await readBody(req))
    } catch {
      return sendJson(res, { ok: false, error: { code: 'VALIDATION', messageKey: 'errors.validation' } })
    }
    const input = body !== null && typeof body === 'object' ? (body as { input?: unknown }).input : undefined
    sendJson(res, await opts.core.callUntyped(channel, input))
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
    const file = join(opts.rendererDir, relative)
    if (!file.startsWith(opts.rendererDir + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'not found')
    try {
      if (!statSync(file).isFile()) throw new Error('not a file')
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'not found')
    }
    send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', readFileSync(file))
  }

  function tokenMatches(candidate: string | null): boolean {
    if (!candidate) return false
    const a = Buffer.from(candidate)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  let port = 0
  function hostIsOurs(host: string | undefined): boolean {
    return host === `${HOST}:${port}` || host === `localhost:${port}`
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, HOST, () => resolve())
  })
  port = (server.address() as AddressInfo).port
  origin = `http://${HOST}:${port}`
  return {
    url: `${origin}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store'
  })
  res.end(body)
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value))
}
