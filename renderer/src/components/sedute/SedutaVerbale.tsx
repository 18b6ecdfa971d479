import { useState } from 'react';
import { sedutaTransition, VERBALE_LABEL, type SedutaContext } from '../../../../shared/lifecycle';
import type { SedutaDetail } from '../../../../shared/domain/seduta';
import type { VerbaleDetail } from '../../../../shared/domain/verbale';
import { invoke } from '../../api/client';
import { useSubmit } from '../../hooks/useSubmit';
import { toHash, useNavigation } from '../../store/navigation';
import { StatusAlert } from '../StatusAlert';

/** Whether the verbale alone locks the seduta: the shared table, asked about reopening with nothing else in the way. */
const locks = (ctx: SedutaContext): boolean => !sedutaTransition('chiusa', 'in_corso', { ...ctx, data: ctx.oggi, approvaVerbali: [] }).ok;

interface SedutaVerbaleProps {
  detail: SedutaDetail;
  context: { ctx: SedutaContext; verbale: VerbaleDetail | null } | null;
}

/** The seduta's verbale: the lock once it is approved, or «Redigi il verbale» once the seduta is closed. */
export function SedutaVerbale({ detail, context }: SedutaVerbaleProps) {
  const navigate = useNavigation((s) => s.navigate);
  const { submit, pending, error } = useSubmit();
  const [asked, setAsked] = useState(false);
  const { seduta } = detail;
  if (!context || seduta.storica || seduta.stato === 'annullata') return null;
  const { ctx, verbale } = context;

  if (verbale && locks(ctx)) {
    return (
      <div className="alert alert-warning seduta-bloccata" role="note">
        <p className="mb-0">
          <strong>Seduta bloccata:</strong> il{' '}
          <a href={toHash({ section: 'verbali', detail: String(verbale.id) })}>verbale n. {verbale.numeroTesto}</a> è{' '}
          {VERBALE_LABEL[verbale.stato]}; le correzioni si fanno con una rettifica.
        </p>
      </div>
    );
  }
  if (verbale) {
    return (
      <p className="seduta-verbale">
        <a href={toHash({ section: 'verbali', detail: String(verbale.id) })}>Verbale n. {verbale.numeroTesto}</a> ({VERBALE_LABEL[verbale.stato]}
        {verbale.daRigenerare ? ', da rigenerare: la seduta è stata riaperta dopo la stesura' : ''}).
      </p>
    );
  }
  const closed = seduta.stato === 'chiusa';
  const create = async () => {
    setAsked(true);
    const result = await submit(() => invoke('verbali.create', { sedutaId: seduta.id }), '');
    if (result?.ok) navigate({ section: 'verbali', detail: String(result.value.id) });
  };
  return (
    <div className="seduta-verbale mb-3">
      <button
        type="button"
        className="btn btn-outline-primary btn-sm"
        disabled={!closed || pending}
        aria-describedby={closed ? undefined : 'seduta-verbale-perche'}
        onClick={() => void create()}
      >
        Redigi il verbale
      </button>
      {!closed && (
        <p id="seduta-verbale-perche" className="small text-muted mt-2 mb-0">
          Il verbale si redige dopo la chiusura della seduta, con presenze e votazioni registrate.
        </p>
      )}
      {asked && <StatusAlert error={error} />}
    </div>
  );
}
