import { notesWarning, type ExtractedText } from './extracted-text';
import { odfText } from './odf-text';
import { openOfficePackage } from './office-package';
import { unreadable } from './refusal';

export async function readOdt(bytes: Buffer, fileName: string): Promise<ExtractedText> {
  const zip = await openOfficePackage(bytes, fileName, 'odt');
  const xml = await zip.file('content.xml')!.async('string').catch(() => {
    throw unreadable(fileName);
  });
  const { text, notesLeftOut } = odfText(xml);
  return { text, avvisi: notesLeftOut > 0 ? [notesWarning(notesLeftOut)] : [] };
}
