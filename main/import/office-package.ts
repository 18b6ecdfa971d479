// .docx and .odt are ZIP packages; what tells them apart is the parts inside.
import JSZip from 'jszip';
import { notWhatItClaims, unreadable } from './refusal';
import { describeContent, signatureOf } from './sniff';
import { checkZipLimits } from './zip-limits';

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

type PackageKind = 'docx' | 'odt';
const TEXT_PART: Record<PackageKind, string> = { docx: 'word/document.xml', odt: 'content.xml' };

/** An OpenDocument package names its kind in a `mimetype` part; Word's main part is word/document.xml. */
async function kindOf(zip: JSZip): Promise<{ kind?: PackageKind; description: string }> {
  if (zip.file('word/document.xml')) return { kind: 'docx', description: 'un documento Word (.docx)' };
  const mimetype = (await zip.file('mimetype')?.async('string'))?.trim();
  if (mimetype === ODT_MIMETYPE) {
    return zip.file('content.xml')
      ? { kind: 'odt', description: 'un documento OpenDocument (.odt)' }
      : { description: 'un documento OpenDocument danneggiato (manca content.xml)' };
  }
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) return { description: `un documento OpenDocument di altro tipo (${mimetype})` };
  return { description: 'un archivio ZIP che non contiene un documento di testo' };
}

/** Opens the package, refusing a file that is not a ZIP, is damaged or too large inflated, or holds another kind of document. */
export async function openOfficePackage(bytes: Buffer, fileName: string, expected: PackageKind): Promise<JSZip> {
  if (signatureOf(bytes)?.kind !== 'zip') throw notWhatItClaims(fileName, expected, describeContent(bytes));
  checkZipLimits(bytes, fileName, TEXT_PART[expected]);
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw unreadable(fileName);
  });
  const { kind, description } = await kindOf(zip);
  if (kind !== expected) throw notWhatItClaims(fileName, expected, description);
  return zip;
}
