import { useId, useState } from 'react';
import { invoke } from '../../api/client';
import { useSubmit } from '../../hooks/useSubmit';
import { StatusAlert } from '../StatusAlert';
import { Dialog } from '../verbali/Dialog';
import { useSessione, type Sessione } from './sessione';

/** «Chi sta lavorando?»: the names kept in Impostazioni and the computer's user; the choice goes in every change recorded. */
export function OperatoreDialog({ sessione, onClose }: { sessione: Sessione; onClose: () => void }) {
  const apply = useSessione((s) => s.apply);
  const names = [...new Set([...sessione.operatori.map((o) => o.nome), sessione.predefinito])];
  const [chosen, setChosen] = useState(sessione.operatore);
  const { submit, pending, error } = useSubmit();
  const legendId = useId();

  const confirm = async () => {
    const result = await submit(async () => apply(await invoke('sessione.operatore', { nome: chosen })), '');
    if (result?.ok) onClose();
  };

  return (
    <Dialog
      title="Chi sta lavorando?"
      onClose={onClose}
      action={{ label: 'Conferma', disabled: pending || !chosen, onClick: () => void confirm() }}
    >
      <StatusAlert error={error} />
      <p>Il nome scelto è registrato in ogni modifica dell’archivio, nel Registro delle modifiche.</p>
      <fieldset aria-labelledby={legendId}>
        <legend id={legendId} className="form-legend h6 mb-3">
          Operatore
        </legend>
        {names.map((nome) => (
          <div className="form-check verbali-radio" key={nome}>
            <input
              type="radio"
              id={`operatore-${nome}`}
              name="operatore"
              checked={chosen === nome}
              onChange={() => setChosen(nome)}
            />
            <label htmlFor={`operatore-${nome}`}>
              {nome}
              {nome === sessione.predefinito ? ' (utente del computer)' : ''}
            </label>
          </div>
        ))}
      </fieldset>
    </Dialog>
  );
}
