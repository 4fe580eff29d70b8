/** A throwaway certificate for https://127.0.0.1, so that a local check can be served over HTTPS and HTTP/2 as hosts serve the site. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash, X509Certificate } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalCertificate {
  key: string;
  cert: string;
  /** The base64 SHA-256 of its public key: Chromium's `--ignore-certificate-errors-spki-list` trusts this key and no other. */
  spki: string;
}

/** Makes a self-signed certificate with the `openssl` command; names the command when it is missing. */
export function localCertificate(): LocalCertificate {
  const folder = mkdtempSync(join(tmpdir(), 'local-certificate-'));
  try {
    const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the openssl command is not installed (apt-get install openssl)' : String((error as { stderr?: Buffer }).stderr ?? error);
      throw new Error(`Could not make a certificate for https://127.0.0.1: ${reason}`);
    }
    const pem = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
    const publicKey = new X509Certificate(pem.cert).publicKey.export({ type: 'spki', format: 'der' });
    return { ...pem, spki: createHash('sha256').update(publicKey).digest('base64') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
