import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/connection';
import type { Clock } from '../platform/clock';
import type { ImportService } from '../platform/imports/imports.service';
import type { TalentPort } from './talent-port';

/** What every module is given when it registers its routes under /api/v1. */
export interface ModuleContext {
  api: FastifyInstance;
  database: Database;
  clock: Clock;
  imports: ImportService;
  talent: TalentPort;
}
