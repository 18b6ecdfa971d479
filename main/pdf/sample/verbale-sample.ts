// A realistic verbale of the Conferenza, with fictitious people and discussion, used by the PDF
// engine's tests and bench (and handy to look at the layout). It is a fac-simile: the real
// verbale n. 06/2018 is a historic act whose text is not digitised.
import { SEED_COMUNI } from '../../db/seed/comuni';
import { SEED_ENTE, SEED_ORGANI } from '../../db/seed/ente';
import { openingFormula } from '../../../shared/italian';
import type { Block, PdfDocumentSpec } from '../types';

/** Every accented letter and Italian punctuation mark the font must show, in one sentence. */
export const SAMPLE_ACCENTED_SENTENCE =
  'L\'anno duemiladiciotto, addì nove del mese di agosto, la Conferenza prende atto che la Città, perché più servizi siano garantiti, è chiamata «a fare rete» con i “livelli essenziali” – già previsti dall’art. 6 — per un importo di € 1.250,00 nel 3º trimestre: à, è, é, ì, ò, ù, À, È, É.';

export const SAMPLE_TITLE = 'Verbale n. 06/2018 – Conferenza Istituzionale dei Sindaci (fac-simile)';

const AGENDA = [
  'Lettura e approvazione del verbale della seduta precedente',
  "Approvazione del Regolamento di funzionamento dell'Ufficio di Piano",
  'Piano intercomunale dei servizi sociali e sociosanitari: stato di attuazione',
  'Riparto del Fondo nazionale per le politiche sociali, annualità 2018',
  'Assistenza domiciliare integrata: modalità di compartecipazione degli utenti',
  'Reddito di inclusione: rafforzamento dei servizi con la quota del Fondo Povertà',
  'Progetto "Dopo di noi" (L. 112/2016): approvazione delle linee operative',
  'Centri di aggregazione giovanile: proroga delle convenzioni in essere',
  'Trasporto sociale per persone con disabilità: criteri di accesso al servizio',
  'Segretariato sociale e Punto unico di accesso: organizzazione degli sportelli',
  "Rendiconto delle spese dell'Ufficio di Piano, primo semestre 2018",
  "Adesione all'avviso regionale per l'inclusione attiva",
  "Servizio civile universale: progetti dell'Ambito per il 2019",
  'Affidamento del servizio di mediazione familiare',
  'Convenzione con il Distretto sanitario per la valutazione multidimensionale',
  'Contributi per il sostegno alle locazioni: istruttoria delle domande',
  'Calendario delle sedute della Conferenza per il secondo semestre 2018',
  'Comunicazioni del Presidente',
];

// Fictitious representatives (the seed names only the Presidente).
const FIRST_NAMES = ['Giuseppe', 'Maria', 'Vincenzo', 'Rosa', 'Francesco', 'Anna', 'Domenico', 'Carmela', 'Nicola', 'Teresa', 'Rocco', 'Angela'];
const SURNAMES = ['Russo', 'Ferrara', 'Gallo', 'Santoro', 'Rinaldi', 'Lombardi', 'Grieco', 'Cantisani', 'Fiore', 'Marino', 'Pace', 'Bruno', 'Greco'];

const DISCUSSION = [
  "Il Presidente introduce l'argomento e cede la parola alla Coordinatrice dell'Ufficio di Piano, {coordinatore}, la quale illustra la proposta trasmessa ai Sindaci unitamente alla convocazione. Ricorda che il Piano intercomunale individua, per ciascuna area di intervento, gli obiettivi, le risorse disponibili e le modalità di gestione associata, e che la proposta in esame ne costituisce attuazione per la parte relativa a «{titolo}».",
  'La Coordinatrice precisa che la spesa complessiva prevista ammonta a € {importo}, interamente coperta dalle risorse assegnate all\'Ambito, e che il riparto tra i comuni segue i criteri già approvati dalla Conferenza: una quota fissa uguale per ciascun comune e una quota variabile proporzionale alla popolazione residente alla data dell\'ultimo censimento.',
  "Interviene il Sindaco del Comune di {comune}, il quale esprime apprezzamento per il lavoro svolto dall'Ufficio di Piano e chiede che sia assicurata una presenza costante degli operatori anche nei comuni più piccoli e più distanti dalla sede, dove la popolazione anziana è prevalente e i collegamenti con i centri maggiori risultano difficoltosi, soprattutto nei mesi invernali.",
  "Il rappresentante del Comune di {comune2} osserva che i tempi di erogazione dei contributi regionali hanno spesso costretto i comuni ad anticipare somme rilevanti e propone che l'Ufficio di Piano predisponga un cronoprogramma dei trasferimenti, da aggiornare ogni trimestre e da trasmettere a tutti i Sindaci, in modo da consentire una programmazione di cassa più ordinata.",
  "La Coordinatrice risponde che il cronoprogramma è in corso di elaborazione e sarà trasmesso entro trenta giorni; aggiunge che la piattaforma informatica dell'Ambito consente già di consultare lo stato delle pratiche e che gli uffici comunali potranno ricevere le credenziali di accesso facendone richiesta all'indirizzo di posta elettronica certificata dell'Ufficio di Piano.",
  "Segue un'ampia discussione nel corso della quale intervengono i Sindaci dei comuni di {comune} e di {comune3}, che concordano sull'opportunità di rafforzare il coordinamento con il Distretto sanitario e con i servizi specialistici dell'Azienda sanitaria, in particolare per la presa in carico integrata delle persone non autosufficienti e delle loro famiglie.",
  "Il Presidente, nel riassumere gli interventi, propone di approvare la proposta con l'integrazione emersa nel dibattito, dando mandato all'Ufficio di Piano di predisporre gli atti conseguenti e di riferire alla Conferenza, nella prima seduta utile, sullo stato di attuazione e sulle eventuali criticità riscontrate dai comuni.",
  "Il segretario verbalizzante dà atto che la documentazione relativa al punto è stata depositata agli atti della seduta e resta a disposizione dei componenti della Conferenza presso la sede dell'Ufficio di Piano, in Contrada Anzoleconte, nonché nell'area riservata del sito istituzionale dell'Ambito.",
];

interface Attendance {
  comune: string;
  representative: string;
  role: string;
  present: boolean;
  presence: string;
}

function attendance(): Attendance[] {
  return SEED_COMUNI.map((comune, i) => {
    const isPresidente = comune.capofila;
    const name = isPresidente ? SEED_ENTE.presidente : `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[(i * 5) % SURNAMES.length]}`;
    const delegate = !isPresidente && i % 5 === 2;
    const presence = isPresidente ? 'Presente' : i % 7 === 3 ? 'Assente giustificato' : i % 9 === 5 ? 'Assente' : 'Presente';
    return {
      comune: comune.nome,
      representative: name,
      role: delegate ? 'Delegato (decreto sindacale)' : 'Sindaco',
      present: presence === 'Presente',
      presence,
    };
  });
}

function agendaItemBlocks(index: number, present: readonly Attendance[]): Block[] {
  const title = AGENDA[index % AGENDA.length]!;
  const pick = (offset: number) => present[(index * 3 + offset) % present.length]!.comune;
  const amount = (18_500 + index * 7_250).toLocaleString('it-IT', { minimumFractionDigits: 2 });
  const fill = (template: string) =>
    template
      .replaceAll('{coordinatore}', SEED_ENTE.coordinatore)
      .replaceAll('{titolo}', title)
      .replaceAll('{importo}', amount)
      .replaceAll('{comune}', pick(0))
      .replaceAll('{comune2}', pick(4))
      .replaceAll('{comune3}', pick(9));
  const voters = present.length;
  return [
    { type: 'heading', level: 2, text: `Punto ${index + 1} all'ordine del giorno – ${title}` },
    ...DISCUSSION.map((template): Block => ({ type: 'paragraph', text: fill(template) })),
    {
      type: 'paragraph',
      text: `Posta ai voti in forma palese, per appello nominale, la proposta riporta il seguente esito: presenti e votanti **${voters}**, favorevoli **${voters - 1}**, contrari **0**, astenuti **1** (Comune di ${pick(2)}).`,
    },
    { type: 'heading', level: 3, text: 'La Conferenza Istituzionale dei Sindaci DELIBERA', align: 'center' },
    {
      type: 'list',
      style: 'bulleted',
      items: [
        `di approvare la proposta relativa a «${title}», che costituisce parte integrante e sostanziale del presente verbale;`,
        "di dare mandato all'Ufficio di Piano di predisporre gli atti conseguenti e di trasmetterli ai comuni dell'Ambito;",
        "di disporre la pubblicazione del presente verbale all'albo pretorio on line del Comune capofila per quindici giorni consecutivi.",
      ],
    },
  ];
}

/** The sample verbale; each agenda item adds about a page of discussion (17 items: 20 pages). */
export function sampleVerbaleSpec({ agendaItems }: { agendaItems: number }): PdfDocumentSpec {
  const people = attendance();
  const present = people.filter((p) => p.present);
  const quorum = Math.floor(people.length / 2) + 1;
  return {
    meta: {
      title: SAMPLE_TITLE,
      subject: 'Fac-simile (dati fittizi) del verbale della seduta del 09/08/2018 della Conferenza Istituzionale dei Sindaci',
      author: 'Ufficio di Piano - Ambito Socio-Territoriale Lagonegrese Pollino',
      keywords: ['verbale', 'Conferenza Istituzionale dei Sindaci', 'Ambito Lagonegrese Pollino', '06/2018'],
      creationDate: new Date(Date.UTC(2018, 7, 9, 11, 15, 0)),
      language: 'it-IT',
    },
    letterhead: {
      title: SEED_ENTE.nome,
      subtitle: `${SEED_ORGANI[0]} – Comune capofila: Viggianello`,
      // No-break spaces keep each name on one line ("San Severino Lucano").
      lines: [SEED_COMUNI.map((c) => c.nome.replaceAll(' ', '\u00a0')).join(' · ')],
    },
    footerNote: 'Verbale n. 06/2018 – Conferenza Istituzionale dei Sindaci',
    blocks: [
      { type: 'heading', level: 1, text: 'VERBALE N. 06/2018' },
      { type: 'heading', level: 2, text: 'Seduta ordinaria del 09/08/2018 – prima convocazione', align: 'center' },
      { type: 'paragraph', text: "**Oggetto:** approvazione del Regolamento di funzionamento dell'Ufficio di Piano e altri adempimenti." },
      {
        type: 'paragraph',
        text: `${openingFormula({ date: '2018-08-09', time: '10:30' })}, presso la sede dell'Ufficio di Piano in ${SEED_ENTE.sede}, a seguito di convocazione prot. n. 1874 del 01/08/2018, trasmessa a mezzo PEC ai Sindaci dei comuni dell'Ambito, si è riunita in seduta ordinaria la Conferenza Istituzionale dei Sindaci.`,
      },
      { type: 'paragraph', text: SAMPLE_ACCENTED_SENTENCE },
      {
        type: 'paragraph',
        text: `Presiede la seduta il Sindaco del Comune capofila, **${SEED_ENTE.presidente}**; svolge le funzioni di segretario verbalizzante il segretario comunale del Comune capofila. Partecipa, senza diritto di voto, la Coordinatrice dell'Ufficio di Piano, ${SEED_ENTE.coordinatore}. Risultano presenti e assenti i rappresentanti dei comuni come segue:`,
      },
      {
        type: 'table',
        columns: [
          { header: 'Comune', width: 0.3 },
          { header: 'Rappresentante', width: 0.27 },
          { header: 'Qualifica', width: 0.25 },
          { header: 'Presenza', align: 'center' },
        ],
        rows: people.map((p) => [p.comune, p.representative, p.role, p.presence]),
        repeatHeader: true,
        zebra: true,
      },
      {
        type: 'paragraph',
        text: `Sono presenti **${present.length}** comuni su ${people.length}. Il Presidente, constatato che il numero legale richiesto in prima convocazione (metà più uno dei componenti, pari a ${quorum}) è raggiunto, dichiara aperta la seduta e invita la Conferenza a esaminare il seguente ordine del giorno:`,
      },
      { type: 'list', style: 'numbered', items: Array.from({ length: agendaItems }, (_, i) => AGENDA[i % AGENDA.length]!) },
      ...Array.from({ length: agendaItems }, (_, i) => agendaItemBlocks(i, present)).flat(),
      {
        type: 'keepTogether',
        blocks: [
          { type: 'paragraph', text: 'Esaurita la trattazione degli argomenti all\'ordine del giorno, il Presidente dichiara chiusa la seduta alle ore 13:15.' },
          { type: 'paragraph', text: 'Letto, approvato e sottoscritto.', align: 'left' },
          {
            type: 'signatures',
            signatories: [
              { role: 'Il Presidente', name: SEED_ENTE.presidente },
              { role: 'Il Segretario verbalizzante', name: 'Dott. Mario Esposito' },
            ],
          },
        ],
      },
    ],
  };
}
