import { useEffect, useState } from 'react';
import { OperatoreDialog } from './OperatoreDialog';
import { useSessione } from './sessione';

/** "Operatore: X" in the header, with «Cambia»; at start, the question when Impostazioni lists operators. */
export function OperatoreHeader() {
  const { sessione, chiedi, load, setChiedi } = useSessione();
  const [open, setOpen] = useState(false);

  useEffect(() => void load(), [load]);

  if (!sessione) return null;
  const close = () => {
    setOpen(false);
    setChiedi(false);
  };
  return (
    <span className="slim-operatore">
      <span>Operatore: {sessione.operatore}</span>{' '}
      <button type="button" className="btn btn-link btn-xs p-0 text-white align-baseline" onClick={() => setOpen(true)}>
        Cambia operatore
      </button>
      {(open || chiedi) && <OperatoreDialog sessione={sessione} onClose={close} />}
    </span>
  );
}
