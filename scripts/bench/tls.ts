import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway certificate for https://localhost (or another host), and the Chromium flag that trusts it (and nothing else). */
export interface BenchTls {
  key: string;
  cert: string;
  /** `--ignore-certificate-errors-spki-list=<sha256 of the key>`: Chromium trusts this one key's certificate. */
  chromiumFlag: string;
}

/**
 * Makes a self-signed certificate for localhost with openssl, so the benchmark can serve over HTTPS and HTTP/2 as
 * the static hosts do. Throws when openssl is missing (the benchmark then serves HTTP/1.1 and says so).
 */
export function makeBenchTls(host = 'localhost'): BenchTls {
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-bench-tls-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${host}`,
        '-addext',
        `subjectAltName=DNS:${host}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const pem = readFileSync(cert, 'utf8');
    const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
    const hash = createHash('sha256').update(spki).digest('base64');
    return {
      key: readFileSync(key, 'utf8'),
      cert: pem,
      chromiumFlag: `--ignore-certificate-errors-spki-list=${hash}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
