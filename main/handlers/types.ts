import type { Channel, ChannelArgs, ChannelOutput } from '../../shared/contract/channels';
import type { Db } from '../db/open';
import type { AuditLog } from '../store/audit';
import type { ComuniStore } from '../store/comuni';
import type { EnteStore } from '../store/ente';
import type { OdgStore } from '../store/odg';
import type { RegoleStore } from '../store/regole';
import type { SeduteStore } from '../store/sedute';

/** What every handler may use. Handlers are plain functions of (deps, validated input). */
export interface Deps {
  db: Db;
  dataFile: string;
  appVersion: string;
  audit: AuditLog;
  comuni: ComuniStore;
  ente: EnteStore;
  regole: RegoleStore;
  sedute: SeduteStore;
  odg: OdgStore;
}

export type Handler<C extends Channel> = (deps: Deps, input: ChannelArgs<C>) => ChannelOutput<C>;
export type Handlers<C extends Channel = Channel> = { [K in C]: Handler<K> };
