import { useCallback, useState } from 'react';
import type { Modifica } from '../../../../shared/domain/modifiche';
import { describeChanges } from '../../../../shared/modifiche/describe';
import { invoke } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { DataTable } from '../../components/DataTable';
import { Form } from '../../components/Form';
import { FormField } from '../../components/FormField';
import { PageHeading } from '../../components/PageHeading';
import { LoadState, StatusAlert } from '../../components/StatusAlert';
import { dateToIso } from '../../components/sedute/inputs';
import { formatDateTime } from '../../components/verbali/labels';
import { useFileAction } from '../../components/verbali/useFileAction';
import { useForm } from '../../hooks/useForm';
import { useLoad } from '../../hooks/useLoad';
import { toHash, useNavigation } from '../../store/navigation';

/** The acts an entry can be filtered by, with their Italian name. */
const ATTI = [
  { value: '', label: 'Tutti gli atti' },
  { value: 'seduta', label: 'Seduta' },
  { value: 'verbale', label: 'Verbale' },
  { value: 'regolamento', label: 'Regolamento' },
  { value: 'regole', label: 'Regole della Conferenza' },
  { value: 'comune', label: 'Comune' },
  { value: 'ente', label: 'Ente' },
  { value: 'operatore', label: 'Operatore' },
] as const;
const attoLabel = (entity: string): string => ATTI.find((a) => a.value === entity)?.label ?? entity;

const COLUMNS = ['Data e ora', 'Operatore', 'Operazione', 'Atto', 'Modifiche'];

type Values = { dal: string; al: string; operatore: string; entity: string; entityId: string };

/** The filters as the backend reads them; what cannot be read goes as typed, for the backend's message. */
const filtro = (v: Values, pagina: number) => ({
  dal: dateToIso(v.dal),
  al: dateToIso(v.al),
  operatore: v.operatore,
  entity: v.entity,
  entityId: v.entityId.trim() ? Number(v.entityId) : null,
  canale: null,
  pagina,
});

/** Where an act is shown in the app, when it has a page. */
function attoHref(m: Modifica): string | null {
  if (m.entityId === null) return null;
  if (m.entity === 'seduta') return toHash({ section: 'sedute', detail: String(m.entityId) });
  if (m.entity === 'verbale') return toHash({ section: 'verbali', detail: String(m.entityId) });
  if (m.entity === 'regolamento') return toHash({ section: 'regolamenti', detail: String(m.entityId) });
  if (m.entity === 'comune') return toHash({ section: 'comuni', detail: String(m.entityId) });
  return null;
}

/** #/modifiche[/ENTITY/ID]: the tamper-evident register of every change, filtered by period, operator and act. */
export function ModifichePage() {
  const route = useNavigation((s) => s.route);
  const initial: Values = { dal: '', al: '', operatore: '', entity: route.detail ?? '', entityId: route.sub ?? '' };
  const form = useForm<Values>(initial);
  const [applied, setApplied] = useState<{ values: Values; pagina: number }>({ values: initial, pagina: 1 });
  const file = useFileAction();
  const elenco = useLoad(useCallback(() => invoke('modifiche.elenco', filtro(applied.values, applied.pagina)), [applied]));
  const { setValues } = form;

  const data = elenco.value;
  const pagine = data ? Math.max(1, Math.ceil(data.totale / data.perPagina)) : 1;
  const atto = applied.values.entity && applied.values.entityId ? `${attoLabel(applied.values.entity).toLowerCase()} ${applied.values.entityId}` : null;

  return (
    <>
      <BackLink to={{ section: 'impostazioni' }}>Impostazioni</BackLink>
      <PageHeading title="Registro delle modifiche">Registro delle modifiche</PageHeading>
      <p>
        Ogni modifica dell’archivio, con la data, l’operatore e i valori prima e dopo. Le voci sono concatenate dalle loro
        impronte: una voce tolta o alterata è segnalata dalla verifica dell’integrità.
      </p>
      <Form
        form={form}
        aria-label="Filtri del registro delle modifiche"
        className="modifiche-filtri"
        onSubmit={form.handleSubmit(
          (v) => invoke('modifiche.elenco', filtro(v, 1)),
          '',
          (value) => {
            setApplied({ values: form.values, pagina: 1 });
            elenco.set(value);
          },
        )}
      >
        <div className="row">
          <div className="col-md-3">
            <FormField {...form.bind('dal')} label="Dal" hint="gg/mm/aaaa" inputMode="numeric" />
          </div>
          <div className="col-md-3">
            <FormField {...form.bind('al')} label="Al" hint="gg/mm/aaaa" inputMode="numeric" />
          </div>
          <div className="col-md-6">
            <FormField
              {...form.bind('operatore')}
              label="Operatore"
              options={[{ value: '', label: 'Tutti gli operatori' }, ...(data?.operatori ?? []).map((o) => ({ value: o, label: o }))]}
            />
          </div>
          <div className="col-md-6">
            <FormField {...form.bind('entity')} label="Atto" options={ATTI} />
          </div>
          <div className="col-md-3">
            <FormField {...form.bind('entityId')} label="Numero identificativo dell’atto" hint="Facoltativo" inputMode="numeric" />
          </div>
        </div>
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary btn-sm" disabled={form.pending}>
            Applica i filtri
          </button>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => {
              const empty = { dal: '', al: '', operatore: '', entity: '', entityId: '' };
              setValues(empty);
              setApplied({ values: empty, pagina: 1 });
            }}
          >
            Togli i filtri
          </button>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm ms-md-auto"
            disabled={file.pending}
            onClick={() => void file.run(() => invoke('modifiche.pdf', filtro(applied.values, 1)), 'save')}
          >
            Stampa (PDF)
          </button>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            disabled={file.pending}
            onClick={() => void file.run(() => invoke('modifiche.csv', filtro(applied.values, 1)), 'save')}
          >
            Esporta CSV
          </button>
        </div>
      </Form>
      <StatusAlert error={file.error} success={file.done} />

      {!data ? (
        <LoadState error={elenco.error} onRetry={() => void elenco.reload()} text="Caricamento del registro…" />
      ) : (
        <>
          <p className="mt-4" role="status">
            {data.totale === 0
              ? 'Nessuna modifica con questi filtri.'
              : `${data.totale} ${data.totale === 1 ? 'modifica' : 'modifiche'}${atto ? ` dell’atto ${atto}` : ''}, pagina ${data.pagina} di ${pagine}.`}
          </p>
          {data.righe.length > 0 && (
            <DataTable className="table-sm align-top modifiche-table" columns={COLUMNS} aria-label="Voci del registro delle modifiche">
              {data.righe.map((m) => (
                <Riga key={m.id} modifica={m} />
              ))}
            </DataTable>
          )}
          {pagine > 1 && (
            <nav className="d-flex gap-2" aria-label="Pagine del registro">
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                disabled={applied.pagina <= 1}
                onClick={() => setApplied((a) => ({ ...a, pagina: a.pagina - 1 }))}
              >
                Pagina precedente
              </button>
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                disabled={applied.pagina >= pagine}
                onClick={() => setApplied((a) => ({ ...a, pagina: a.pagina + 1 }))}
              >
                Pagina successiva
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function Riga({ modifica: m }: { modifica: Modifica }) {
  const href = attoHref(m);
  const name = m.entityId === null ? attoLabel(m.entity) : `${attoLabel(m.entity)} ${m.entityId}`;
  const changes = describeChanges(m.modifiche);
  return (
    <tr>
      <td className="text-nowrap">{formatDateTime(m.at)}</td>
      <td>{m.operatore}</td>
      <th scope="row" className="fw-semibold">
        {m.azione}
      </th>
      <td className="text-nowrap">{href ? <a href={href}>{name}</a> : name}</td>
      <td className="small">
        {changes.length === 0 ? (
          '—'
        ) : (
          <ul className="list-unstyled mb-0">
            {changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
