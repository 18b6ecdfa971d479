import { hexToBase64, splitName } from '../metadata/documento-informatico';
import { el, leaf, xmlDocument, type XmlElement } from '../metadata/xml';
import type { Pacchetto } from './pacchetto';

export const INDICE_SINCRO = 'IdC.xml';
const NS = 'http://www.uni.com/U3011/sincro/';

/** Every element and attribute of the index is in the SInCRO namespace, prefixed "sincro:". */
const s = (name: string, ...children: (XmlElement | null | false)[]): XmlElement => el(`sincro:${name}`, ...children);
const sLeaf = (name: string, text: string) => leaf(`sincro:${name}`, text);
const sId = (value: string): XmlElement => ({ name: 'sincro:ID', attrs: [['sincro:scheme', 'local']], text: value });

export interface VersamentoIntestazione {
  identificativo: string;
  descrizione: string;
  /** When the versamento was recorded (ISO instant): the index's time reference. */
  creatoIl: string;
  operatore: string;
  ente: string;
  software: { nome: string; versione: string };
}

const extension = (path: string) => /\.([A-Za-z0-9]{1,8})$/.exec(path)?.[1]?.toLowerCase() ?? '';

/**
 * The index of the pacchetto di versamento in the UNI 11386 (SInCRO) layout: SelfDescription, VdC, one FileGroup per
 * act with each File's ID, Path and Hash (SHA-256, base64 of the digest), then Process (Agent, TimeReference,
 * LawAndRegulations). Built only from the package and the recorded versamento, so the same versamento always gives
 * the same bytes.
 */
export function indiceSincro(p: Pacchetto, v: VersamentoIntestazione): string {
  const operatore = splitName(v.operatore);
  const root: XmlElement = {
    name: 'sincro:IdC',
    attrs: [
      ['xmlns:sincro', NS],
      ['sincro:url', `${NS}IdC.xsd`],
      ['sincro:version', '1.0'],
    ],
    children: [
      s(
        'SelfDescription',
        sId(`${v.identificativo}-IdC`),
        s('CreatingApplication', sLeaf('Name', v.software.nome), sLeaf('Version', v.software.versione), sLeaf('Producer', v.ente)),
      ),
      s('VdC', sId(v.identificativo), s('VdCGroup', sLeaf('Label', v.descrizione))),
      ...p.gruppi.map((g) =>
        s(
          'FileGroup',
          sLeaf('Label', g.etichetta),
          ...g.file.map(
            (f): XmlElement => ({
              name: 'sincro:File',
              attrs: [
                ['sincro:encoding', 'binary'],
                ['sincro:extension', extension(f.percorso)],
                ['sincro:format', f.mime],
              ],
              children: [sId(f.id), sLeaf('Path', f.percorso), { name: 'sincro:Hash', attrs: [['sincro:function', 'SHA-256']], text: hexToBase64(f.sha256) }],
            }),
          ),
        ),
      ),
      s(
        'Process',
        {
          name: 'sincro:Agent',
          attrs: [['sincro:type', 'organization'], ['sincro:role', 'OtherRole']],
          children: [s('AgentName', sLeaf('FormalName', v.ente)), sLeaf('OtherRole', 'Soggetto produttore')],
        },
        v.operatore.trim() !== '' && {
          name: 'sincro:Agent',
          attrs: [['sincro:type', 'person'], ['sincro:role', 'OtherRole']],
          children: [s('AgentName', s('NameAndSurname', sLeaf('FirstName', operatore.nome), sLeaf('LastName', operatore.cognome))), sLeaf('OtherRole', 'Operatore del versamento')],
        },
        s('TimeReference', sLeaf('TimeInfo', v.creatoIl)),
        sLeaf('LawAndRegulations', 'Linee Guida AgID sulla formazione, gestione e conservazione dei documenti informatici (2021), Allegati 4 e 5'),
      ),
    ],
  };
  return xmlDocument(root);
}
