import { useCallback } from 'react';
import type { Comune } from '../../../shared/domain/comune';
import type { Ente } from '../../../shared/domain/ente';
import { ok } from '../../../shared/result';
import { invoke } from '../api/client';
import { Form } from '../components/Form';
import { ActionButton } from '../components/FormActions';
import { FormField } from '../components/FormField';
import { PageHeading } from '../components/PageHeading';
import { LoadState } from '../components/StatusAlert';
import { compareIt } from '../format';
import { useForm } from '../hooks/useForm';
import { useLoad } from '../hooks/useLoad';
import { useEnte } from '../store/ente';
import { toHash, useNavigation } from '../store/navigation';
import { ArchivioSection } from './archivio/ArchivioSection';
import { RegoleSection } from './regole/RegoleSection';
import { OperatoriSection } from '../components/operatore/OperatoriSection';
import { IntegritaSection } from './modifiche/Integrita';

export function ImpostazioniPage() {
  const detail = useNavigation((s) => s.route.detail);
  const regole = detail === 'regole';
  const archivio = detail === 'archivio';
  const operatori = detail === 'operatori';
  return (
    <>
      <PageHeading title={regole ? 'Regole della Conferenza' : archivio ? 'Archivio' : 'Impostazioni'}>Impostazioni</PageHeading>
      <ImpostazioniNav regole={regole} archivio={archivio} operatori={operatori} />
      {regole ? <RegoleSection /> : archivio ? (
        <>
          <ArchivioSection />
          <IntegritaSection />
        </>
      ) : operatori ? <OperatoriSection /> : <EnteAndInfo />}
    </>
  );
}

/** Sub-sections of Impostazioni, as links (the hash is the route). */
function ImpostazioniNav({ regole, archivio, operatori }: { regole: boolean; archivio: boolean; operatori: boolean }) {
  const links = [
    { label: 'Ente', href: toHash({ section: 'impostazioni' }), active: !regole && !archivio && !operatori },
    { label: 'Regole della Conferenza', href: toHash({ section: 'impostazioni', detail: 'regole' }), active: regole },
    { label: 'Archivio', href: toHash({ section: 'impostazioni', detail: 'archivio' }), active: archivio },
    { label: 'Operatori', href: toHash({ section: 'impostazioni', detail: 'operatori' }), active: operatori },
    { label: 'Registro delle modifiche', href: toHash({ section: 'modifiche' }), active: false },
  ];
  return (
    <nav aria-label="Sezioni delle impostazioni" className="mb-5">
      <ul className="nav nav-tabs">
        {links.map((l) => (
          <li className="nav-item" key={l.href}>
            <a className={`nav-link${l.active ? ' active' : ''}`} href={l.href} aria-current={l.active ? 'page' : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function EnteAndInfo() {
  return (
    <>
      <div className="row g-5">
        <div className="col-lg-8">
          <EnteSection />
        </div>
        <div className="col-lg-4">
          <InfoCard />
        </div>
      </div>
    </>
  );
}

/** Loads the ente and the active comuni (for the capofila), then shows the form. */
function EnteSection() {
  const data = useLoad(
    useCallback(async () => {
      const [ente, comuni] = await Promise.all([invoke('ente.get', {}), invoke('comuni.list', { includeInactive: false })]);
      if (!ente.ok) return ente;
      if (!comuni.ok) return comuni;
      return ok({ ente: ente.value, comuni: comuni.value });
    }, []),
  );

  return (
    <section aria-labelledby="ente-title">
      <h2 id="ente-title" className="h3">
        Ente
      </h2>
      {data.value ? (
        <EnteForm ente={data.value.ente} comuni={data.value.comuni} />
      ) : (
        <LoadState error={data.error} onRetry={() => void data.reload()} />
      )}
    </section>
  );
}

const enteValues = (e: Ente) => ({
  nome: e.nome,
  sede: e.sede,
  capofilaComuneId: String(e.capofilaComuneId),
  presidente: e.presidente,
  coordinatore: e.coordinatore,
  segretarioVerbalizzante: e.segretarioVerbalizzante,
  pec: e.pec,
  email: e.email,
});

function EnteForm({ ente, comuni }: { ente: Ente; comuni: Comune[] }) {
  const setEnte = useEnte((s) => s.set);
  const form = useForm(enteValues(ente));
  const options = [...comuni].sort((a, b) => compareIt(a.nome, b.nome)).map((c) => ({ value: String(c.id), label: c.nome }));

  const saved = (value: Ente) => {
    setEnte(value);
    form.setValues(enteValues(value));
  };

  return (
    <Form
      form={form}
      showSuccess
      className="pt-4"
      aria-labelledby="ente-title"
      onSubmit={form.handleSubmit(
        (v) => invoke('ente.update', { ...v, capofilaComuneId: Number(v.capofilaComuneId) }),
        "Dati dell'ente salvati.",
        saved,
      )}
    >
      <FormField {...form.bind('nome')} label="Nome dell'Ambito" />
      <FormField {...form.bind('sede')} label="Sede" hint="Indirizzo dell'Ufficio di Piano" />
      <FormField
        {...form.bind('capofilaComuneId')}
        label="Comune capofila"
        options={options}
        className="mb-5"
      />
      <FormField {...form.bind('presidente')} label="Presidente" hint="Sindaco del comune capofila" />
      <FormField {...form.bind('coordinatore')} label="Coordinatore dell'Ufficio di Piano" hint="Facoltativo" />
      <FormField {...form.bind('segretarioVerbalizzante')} label="Segretario verbalizzante" hint="Redige i verbali delle sedute" />
      <div className="row">
        <FormField {...form.bind('pec')} label="PEC" type="email" inputMode="email" hint="Facoltativo" className="col-md-6" />
        <FormField {...form.bind('email')} label="E-mail" type="email" inputMode="email" hint="Facoltativo" className="col-md-6" />
      </div>
      <ActionButton label="Salva" disabled={form.pending} />
    </Form>
  );
}

/** Version and where the data file is: what the office tells support. */
function InfoCard() {
  const { value: info, error } = useLoad(useCallback(() => invoke('app.info', {}), []));

  return (
    <section aria-labelledby="info-title">
      <div className="card card-bg no-after info-card">
        <div className="card-body">
          <h2 id="info-title" className="card-title h5">
            Informazioni
          </h2>
          {info ? (
            <dl className="mb-0">
              <dt>Versione del programma</dt>
              <dd>{info.version}</dd>
              <dt>Versione dell&apos;archivio</dt>
              <dd>{info.schemaVersion}</dd>
              <dt>File dei dati</dt>
              <dd className="text-break">
                <code>{info.dataFile}</code>
              </dd>
            </dl>
          ) : (
            <LoadState error={error} />
          )}
        </div>
      </div>
    </section>
  );
}
