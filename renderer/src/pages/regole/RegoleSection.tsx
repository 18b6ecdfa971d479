import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegoleVersione } from '../../../../shared/domain/seduta';
import { invoke } from '../../api/client';
import { AddButton } from '../../components/AddButton';
import { DataTable } from '../../components/DataTable';
import { LoadState, Notice, StatusAlert } from '../../components/StatusAlert';
import { formatDate } from '../../format';
import { useSubmit } from '../../hooks/useSubmit';
import { useOrgano } from '../../store/sedute';
import { RegoleForm } from './RegoleForm';
import { majorityText, quorumRuleText, weightingText } from './rulesForm';

/** What the form below the list is doing: editing a version, or a new one starting from another's values. */
type Editing = { mode: 'edit'; version: RegoleVersione } | { mode: 'new'; from: RegoleVersione } | null;

const COLUMNS = ['Valide dal', 'Numero legale', 'Maggioranza e voto', 'Nota', { label: 'Azioni', hidden: true }];

/** Impostazioni → Regole della Conferenza: the versions by the date they apply from, and the form. */
export function RegoleSection() {
  const { organo, error: organoError, retry } = useOrgano();
  const [state, setState] = useState<{ versions?: RegoleVersione[]; members?: number; error?: string }>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const removal = useSubmit();
  const listTitleRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    if (!organo) return;
    const [versions, comuni] = await Promise.all([
      invoke('regole.list', { organoId: organo.id }),
      invoke('comuni.list', { includeInactive: false }),
    ]);
    if (!versions.ok) setState({ error: versions.error.message });
    else if (!comuni.ok) setState({ error: comuni.error.message });
    else setState({ versions: versions.value, members: comuni.value.length });
  }, [organo]);

  useEffect(() => void load(), [load]);

  const open = (next: Editing) => {
    setNotice(null);
    removal.reset();
    setEditing(next);
  };

  const saved = async (version: RegoleVersione) => {
    setEditing(null);
    setNotice(`Regole valide dal ${formatDate(version.valideDal)} salvate: le sedute da quella data ne seguono il calcolo.`);
    await load();
    listTitleRef.current?.focus();
  };

  const remove = async (version: RegoleVersione) => {
    const question =
      `Eliminare la versione delle regole valida dal ${formatDate(version.valideDal)}?\n\n` +
      'Le sedute da quella data saranno valutate con la versione precedente.';
    if (!window.confirm(question)) return;
    setNotice(null);
    const result = await removal.submit(
      () => invoke('regole.remove', { id: version.id }),
      `Versione valida dal ${formatDate(version.valideDal)} eliminata.`,
    );
    if (result?.ok) {
      if (editing?.mode === 'edit' && editing.version.id === version.id) setEditing(null);
      setState((s) => ({ ...s, versions: result.value }));
    }
  };

  if (!organo) return <LoadState error={organoError} onRetry={retry} />;

  const { versions, members } = state;
  const latest = versions?.at(-1);

  return (
    <section aria-labelledby="regole-title">
      <h2 id="regole-title" className="h3" ref={listTitleRef} tabIndex={-1}>
        Regole della Conferenza
      </h2>
      <p>
        Le regole con cui si verificano preavviso, numero legale ed esito delle votazioni della {organo.nome}. Sono
        divise in versioni: ogni seduta è valutata con la versione in vigore alla sua data.
      </p>
      <p className="readonly-note">
        Le sedute chiuse restano giudicate con le regole applicate alla chiusura. Una versione applicata da una seduta chiusa non
        si modifica né si elimina: per cambiare le regole da una data si aggiunge una nuova versione.
      </p>

      {!versions || members === undefined ? (
        <LoadState error={state.error} onRetry={() => void load()} />
      ) : (
        <>
          <Notice text={notice} />
          <StatusAlert error={removal.error} success={removal.success} />
          <DataTable className="align-middle regole-table" columns={COLUMNS} aria-label="Versioni delle regole">
            {versions.map((v) => (
              <tr key={v.id} className={editing?.mode === 'edit' && editing.version.id === v.id ? 'is-selected' : undefined}>
                <th scope="row" className="nowrap">
                  {formatDate(v.valideDal)}
                  {v.predefinita && <span className="badge bg-light text-dark border d-block mt-1">Valori predefiniti (modificabili)</span>}
                </th>
                <td className="small">
                  1ª: {quorumRuleText(v.regole.quorumFirstCall)}
                  <br />
                  2ª: {quorumRuleText(v.regole.quorumSecondCall)}
                </td>
                <td className="small">
                  {majorityText(v.regole.majority)}; {weightingText(v.regole.weighting)}; parità:{' '}
                  {v.regole.tie === 'rejected' ? 'respinta' : 'prevale il Presidente'}; videoconferenza:{' '}
                  {v.regole.remotePresenceCounts ? 'computata' : 'non computata'}
                </td>
                <td className="small">{v.nota}</td>
                <td className="text-end nowrap">
                  <span className="d-inline-flex gap-1">
                    <button
                      type="button"
                      className="btn btn-outline-primary btn-xs"
                      aria-label={`Modifica le regole valide dal ${formatDate(v.valideDal)}`}
                      onClick={() => open({ mode: 'edit', version: v })}
                    >
                      Modifica
                    </button>
                    {versions.length > 1 && (
                      <button
                        type="button"
                        className="btn btn-outline-danger btn-xs"
                        aria-label={`Elimina le regole valide dal ${formatDate(v.valideDal)}`}
                        disabled={removal.pending}
                        onClick={() => void remove(v)}
                      >
                        Elimina
                      </button>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </DataTable>
          {!editing && latest && (
            <AddButton onClick={() => open({ mode: 'new', from: latest })}>Nuova versione delle regole</AddButton>
          )}
          {editing && (
            <RegoleForm
              key={editing.mode === 'edit' ? editing.version.id : 'nuova'}
              organoId={organo.id}
              members={members}
              version={editing.mode === 'edit' ? editing.version : null}
              from={editing.mode === 'edit' ? editing.version : editing.from}
              onSaved={(v) => void saved(v)}
              onCancel={() => setEditing(null)}
            />
          )}
        </>
      )}
    </section>
  );
}
