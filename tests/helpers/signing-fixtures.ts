import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';
import { SignPdf, Signer } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { makeTempDir } from './temp-dir';

/**
 * Signed files made the way the secretary's software makes them, built in the test run:
 * PAdES through @signpdf (an independent implementation, incremental update included) and
 * CAdES .p7m through node-forge's pkcs7. Certificates come from a throw-away test CA.
 */

export interface TestSigner {
  readonly certificate: forge.pki.Certificate;
  readonly privateKey: forge.pki.rsa.PrivateKey;
  /** Key, certificate and CA as a smart card exports them, for @signpdf's P12Signer. */
  readonly p12: Buffer;
}

// ASCII only: forge writes a parsed UTF8String name as UTF-8 a second time in the SignerInfo's
// issuer (the P12Signer path), so it would not match the certificate. Accented names are
// covered by the OpenSSL fixture.
export const TEST_CA_NAME = 'CA di prova per la firma qualificata';
const P12_PASSPHRASE = 'prova';

// Written out rather than read from forge.pki.oids, whose type allows undefined.
const OIDS = {
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
};
// A UTF8String exercises the verifier's string decoding (forge defaults to PrintableString).
// @types/node-forge declares valueTagClass as an asn1.Class, but forge reads an asn1.Type.
const UTF8_STRING = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

interface TestIdentities {
  ca: forge.pki.Certificate;
  mario: TestSigner;
  anna: TestSigner;
}

let identities: TestIdentities | undefined;

/** Mario Rossi and Anna Bianchi, issued by the test CA; generated once per run (RSA keygen is the slow part). */
export function testSigners(): TestIdentities {
  if (!identities) {
    const caKeys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
    const ca = issueCertificate(
      [{ name: 'commonName', value: TEST_CA_NAME, valueTagClass: UTF8_STRING }, { name: 'countryName', value: 'IT' }],
      caKeys.publicKey,
      { caKeys },
    );
    const issue = (givenName: string, surname: string, fiscalCode: string): TestSigner => {
      const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
      const certificate = issueCertificate(
        [
          { name: 'commonName', value: `${givenName} ${surname}` },
          { name: 'givenName', value: givenName },
          { name: 'surname', value: surname },
          { name: 'serialNumber', value: `TINIT-${fiscalCode}` },
          { name: 'countryName', value: 'IT' },
        ],
        keys.publicKey,
        { caKeys, ca },
      );
      const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [certificate, ca], P12_PASSPHRASE, { algorithm: '3des' });
      return { certificate, privateKey: keys.privateKey, p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary') };
    };
    identities = { ca, mario: issue('Mario', 'Rossi', 'RSSMRA80A01H501U'), anna: issue('Anna', 'Bianchi', 'BNCNNA85M41F839K') };
  }
  return identities;
}

let serial = 0;

/** Self-signed when `ca` is absent (the CA itself), else issued by it. */
function issueCertificate(
  subject: forge.pki.CertificateField[],
  publicKey: forge.pki.rsa.PublicKey,
  { caKeys, ca }: { caKeys: forge.pki.rsa.KeyPair; ca?: forge.pki.Certificate },
): forge.pki.Certificate {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  certificate.serialNumber = (++serial).toString(16).padStart(2, '0');
  certificate.validity.notBefore = new Date(Date.UTC(2025, 0, 1));
  certificate.validity.notAfter = new Date(Date.UTC(2035, 0, 1));
  certificate.setSubject(subject);
  certificate.setIssuer(ca ? ca.subject.attributes : subject);
  certificate.setExtensions(
    ca
      ? [{ name: 'keyUsage', nonRepudiation: true, critical: true }, { name: 'subjectKeyIdentifier' }]
      : [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, critical: true }, { name: 'subjectKeyIdentifier' }],
  );
  certificate.sign(caKeys.privateKey, forge.md.sha256.create());
  return certificate;
}

/** A PDF with one page per entry of `pages`, one text line per string. */
export function makePdf(pages: readonly (readonly string[])[], { compress = true } = {}): Promise<Buffer> {
  const document = new PDFDocument({ compress, autoFirstPage: false, info: { Title: 'Verbale della Conferenza dei Sindaci' } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  for (const lines of pages) {
    document.addPage().fontSize(9);
    lines.forEach((line, index) => document.text(line, 40, 40 + index * 11, { lineBreak: false }));
  }
  document.end();
  return finished;
}

/** A small verbale export: a few lines of text, different for each `numero`. */
export const makeVerbalePdf = (numero: number): Promise<Buffer> =>
  makePdf([
    [
      `Verbale n. ${numero} della Conferenza Istituzionale dei Sindaci`,
      'Ambito Socio-Territoriale Lagonegrese Pollino',
      'Presenti: 18 comuni su 24. La seduta è valida.',
      'Deliberazione: approvato il Piano di Zona con 16 voti favorevoli.',
    ],
  ]);

/**
 * A PDF of about `bytes` bytes, pages of random hex text written uncompressed. pdfkit writes
 * each character as two hex digits plus kerning and operators: about 2.45 bytes (measured).
 */
export function makeLargePdf(bytes: number): Promise<Buffer> {
  const text = randomBytes(Math.round(bytes / 2.45 / 2)).toString('hex');
  const lines = text.match(/.{1,200}/g) ?? [];
  const pages = Array.from({ length: Math.ceil(lines.length / 60) }, (_, page) => lines.slice(page * 60, (page + 1) * 60));
  return makePdf(pages, { compress: false });
}

export interface PadesOptions {
  signingTime: Date;
  /**
   * PAdES baseline (ETSI EN 319 142-1) forbids the CMS signingTime attribute: the time is only
   * in the signature dictionary's /M, as baseline-conformant signing software writes it.
   */
  baseline?: boolean;
}

/** Appends a signature as an incremental update, the way the signing software does. */
export function signPades(pdf: Buffer, signer: TestSigner, { signingTime, baseline = false }: PadesOptions): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: 'Approvazione del verbale',
    contactInfo: '',
    name: String(signer.certificate.subject.getField('CN')?.value),
    location: 'Lauria',
    signingTime,
  });
  const cmsSigner = baseline ? new BaselineCmsSigner(signer) : new P12Signer(signer.p12, { passphrase: P12_PASSPHRASE });
  return new SignPdf().sign(withPlaceholder, cmsSigner, signingTime);
}

class BaselineCmsSigner extends Signer {
  constructor(private readonly signer: TestSigner) {
    super();
  }

  override sign(signedBytes: Buffer): Promise<Buffer> {
    return Promise.resolve(buildCms(signedBytes, [this.signer], { detached: true }));
  }
}

export type P7mEncoding = 'der' | 'base64' | 'pem';

export interface CadesOptions {
  signingTime?: Date;
  encoding?: P7mEncoding;
  /** A signature without the document inside, which the app must refuse. */
  detached?: boolean;
  /** The signed contentType attribute (id-data by default); another value forges a non-conforming signature. */
  contentTypeAttribute?: string;
}

/** A .p7m enveloping `content`, one SignerInfo per signer (parallel signatures). */
export function signCades(
  content: Buffer,
  signers: readonly TestSigner[],
  { signingTime, encoding = 'der', detached = false, contentTypeAttribute }: CadesOptions = {},
): Buffer {
  const der = buildCms(content, signers, { detached, ...(contentTypeAttribute && { contentTypeAttribute }), ...(signingTime && { signingTime }) });
  if (encoding === 'der') return der;
  // Signing tools that write text wrap base64 in lines; CRLF as on Windows.
  const base64 = der.toString('base64').replace(/.{1,64}/g, '$&\r\n');
  return Buffer.from(encoding === 'pem' ? `-----BEGIN PKCS7-----\r\n${base64}-----END PKCS7-----\r\n` : base64);
}

function buildCms(
  content: Buffer,
  signers: readonly TestSigner[],
  { detached, signingTime, contentTypeAttribute = OIDS.data }: { detached: boolean; signingTime?: Date; contentTypeAttribute?: string },
): Buffer {
  const signedData = forge.pkcs7.createSignedData();
  signedData.content = forge.util.createBuffer(content.toString('binary'));
  // The CA goes first, so the verifier must pick the signer's certificate by issuer and serial.
  signedData.addCertificate(testSigners().ca);
  for (const signer of signers) {
    signedData.addCertificate(signer.certificate);
    signedData.addSigner({
      key: signer.privateKey,
      certificate: signer.certificate,
      digestAlgorithm: OIDS.sha256,
      authenticatedAttributes: [
        { type: OIDS.contentType, value: contentTypeAttribute },
        { type: OIDS.messageDigest },
        ...(signingTime ? [{ type: OIDS.signingTime, value: signingTime.toISOString() }] : []),
      ],
    });
  }
  signedData.sign({ detached });
  return Buffer.from(forge.asn1.toDer(signedData.toAsn1()).getBytes(), 'binary');
}

/**
 * Flips a bit of the last signer's signature value. forge writes signerInfos last and no
 * unsigned attributes, so a DER envelope ends with that RSA-2048 value (256 bytes).
 */
export function withTamperedSignatureValue(p7mDer: Buffer): Buffer {
  const tampered = Buffer.from(p7mDer);
  tampered[tampered.length - 128]! ^= 0x01;
  return tampered;
}

export const opensslAvailable = spawnSync('openssl', ['version']).status === 0;

export interface OpensslSigner {
  /** `openssl cms -sign` with the document inside; `options` choose digest, output form, streaming... */
  sign(content: Buffer, options: readonly string[]): Buffer;
  cleanup(): void;
}

/**
 * OpenSSL as a second, independent CMS producer, for what forge cannot make: an ECDSA key
 * (P-256), a signer named by subjectKeyIdentifier, BER with indefinite lengths.
 */
export function createOpensslEcSigner(subject: string): OpensslSigner {
  const { dir, cleanup } = makeTempDir('firma-openssl-');
  const key = path.join(dir, 'key.pem');
  const certificate = path.join(dir, 'cert.pem');
  const openssl = (args: readonly string[], input?: Buffer): Buffer => {
    const result = spawnSync('openssl', args, { ...(input && { input }), maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`openssl ${args[0]}: ${result.stderr.toString()}`);
    return result.stdout;
  };
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', certificate, '-days', '1', '-utf8', '-subj', subject]);
  return {
    sign: (content, options) => openssl(['cms', '-sign', '-binary', '-nodetach', '-signer', certificate, '-inkey', key, ...options], content),
    cleanup,
  };
}
