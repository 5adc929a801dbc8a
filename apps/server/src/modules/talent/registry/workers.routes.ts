import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  certificateInputSchema,
  certificateSchema,
  creditEntryInputSchema,
  creditEntrySchema,
  employmentInputSchema,
  employmentSchema,
  endEmploymentSchema,
  examScoreInputSchema,
  examScoreSchema,
  revealedWorkerSchema,
  rewardApplicationSchema,
  rewardGrantSchema,
  supervisionInputSchema,
  supervisionSchema,
  updateSupervisionSchema,
  updateWorkerSchema,
  workerDetailSchema,
  workerInputSchema,
  workerListQuerySchema,
  workerListSchema,
  workerSchema,
  type WorkerDetail,
} from '@shegong/domain';
import type { Actor } from '../../../platform/access/actor';
import { actorOf } from '../../../platform/auth/authentication';
import { sendXlsx } from '../../../platform/export/xlsx-stream';
import { routeSchema } from '../talent.access';
import type { CareerService } from '../careers/careers.service';
import type { CertificationService } from '../certification/certification.service';
import type { EducationService } from '../education/education.service';
import type { RewardService } from '../rewards/rewards.service';
import { withNextReview, type StoredRegistration } from '../certification/registration-next-review';
import { workerExportColumns } from './worker-export';
import type { WorkerService } from './workers.service';

const tags = ['社工人才 Talent'];
const idParams = z.object({ id: z.uuid() });

export interface TalentServices {
  workers: WorkerService;
  careers: CareerService;
  certification: CertificationService;
  education: EducationService;
  rewards: RewardService;
  /** Exams, certificates, registrations, jobs and supervision of one worker, in one transaction. */
  record: (
    actor: Actor,
    id: string,
  ) => Promise<
    Pick<WorkerDetail, 'examScores' | 'certificates' | 'employments' | 'supervisions'> & {
      registrations: StoredRegistration[];
    }
  >;
}

/** The worker's whole record; the profile read itself is the audited one. */
async function detailOf(services: TalentServices, actor: Actor, id: string): Promise<WorkerDetail> {
  const worker = await services.workers.get(actor, id);
  const [record, credits, rewards] = await Promise.all([
    services.record(actor, id),
    services.education.creditsOf(actor, id),
    services.rewards.list(actor, { page: 1, pageSize: 50, workerId: id }),
  ]);
  return {
    ...worker,
    ...record,
    registrations: record.registrations.map(withNextReview(actor)),
    credits: credits.entries,
    ceCompliance: credits.compliance,
    rewards: rewards.items,
  };
}

export function workerRoutes(services: TalentServices): FastifyPluginAsyncZod {
  const { workers, careers, certification, education, rewards } = services;
  return async (app) => {
    app.get(
      '/workers',
      {
        schema: routeSchema({
          operationId: 'listWorkers',
          summary: '社工人才名录（证件号与电话打码，游标分页）Workers in scope',
          tags,
          querystring: workerListQuerySchema,
          response: { 200: workerListSchema },
        }),
      },
      async (request) => workers.list(actorOf(request), request.query),
    );

    app.get(
      '/workers/export',
      {
        schema: routeSchema({
          operationId: 'exportWorkers',
          summary: '导出人才名录（xlsx，打码）Export workers (masked)',
          tags,
          querystring: workerListQuerySchema.omit({ cursor: true, limit: true }),
        }),
      },
      async (request, reply) =>
        sendXlsx(reply, {
          sheet: request.language === 'zh-CN' ? '社工人才' : 'Workers',
          columns: workerExportColumns(request.language),
          rows: await workers.exportAll(actorOf(request), request.query),
        }),
    );

    app.get(
      '/workers/:id',
      {
        schema: routeSchema({
          operationId: 'getWorker',
          summary: '社工档案（查阅留痕）A worker’s record (the read is audited)',
          tags,
          params: idParams,
          response: { 200: workerDetailSchema },
        }),
      },
      async (request) => detailOf(services, actorOf(request), request.params.id),
    );

    app.post(
      '/workers',
      {
        schema: routeSchema({
          operationId: 'createWorker',
          summary: '登记社工 Register a worker',
          tags,
          body: workerInputSchema,
          response: { 201: workerSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await workers.create(actorOf(request), request.body)),
    );

    app.patch(
      '/workers/:id',
      {
        schema: routeSchema({
          operationId: 'updateWorker',
          summary: '修改社工档案 Update a worker',
          tags,
          params: idParams,
          body: updateWorkerSchema,
          response: { 200: workerSchema },
        }),
      },
      async (request) => workers.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/workers/:id/reveal',
      {
        schema: routeSchema({
          operationId: 'revealWorker',
          summary: '查看完整身份证号与电话（留痕）Reveal ID and phone (audited)',
          tags,
          params: idParams,
          response: { 200: revealedWorkerSchema },
        }),
      },
      async (request) => workers.reveal(actorOf(request), request.params.id),
    );

    app.post(
      '/workers/:id/exam-scores',
      {
        schema: routeSchema({
          operationId: 'addExamScore',
          summary: '登记考试成绩 Record an exam score',
          tags,
          params: idParams,
          body: examScoreInputSchema,
          response: { 201: examScoreSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await certification.addExamScore(actorOf(request), request.params.id, request.body),
          ),
    );

    app.post(
      '/workers/:id/certificates',
      {
        schema: routeSchema({
          operationId: 'addCertificate',
          summary: '登记证书 Record a certificate',
          tags,
          params: idParams,
          body: certificateInputSchema,
          response: { 201: certificateSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await certification.addCertificate(actorOf(request), request.params.id, request.body),
          ),
    );

    app.post(
      '/workers/:id/employments',
      {
        schema: routeSchema({
          operationId: 'addEmployment',
          summary: '登记从业经历 Record a job',
          tags,
          params: idParams,
          body: employmentInputSchema,
          response: { 201: employmentSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await careers.addEmployment(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/employments/:id/end',
      {
        schema: routeSchema({
          operationId: 'endEmployment',
          summary: '离职 Record a departure',
          tags,
          params: idParams,
          body: endEmploymentSchema,
          response: { 200: employmentSchema },
        }),
      },
      async (request) => careers.endEmployment(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/workers/:id/supervisions',
      {
        schema: routeSchema({
          operationId: 'addSupervision',
          summary: '建立督导关系 Pair with a supervisor',
          tags,
          params: idParams,
          body: supervisionInputSchema,
          response: { 201: supervisionSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await careers.addSupervision(actorOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/supervisions/:id',
      {
        schema: routeSchema({
          operationId: 'updateSupervision',
          summary: '督导时数与结束 Update supervision hours or end it',
          tags,
          params: idParams,
          body: updateSupervisionSchema,
          response: { 200: supervisionSchema },
        }),
      },
      async (request) =>
        careers.updateSupervision(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/workers/:id/credits',
      {
        schema: routeSchema({
          operationId: 'addCredit',
          summary: '登记其他继续教育学时 Record other continuing-education hours',
          tags,
          params: idParams,
          body: creditEntryInputSchema,
          response: { 201: creditEntrySchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await education.addCredit(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/workers/:id/rewards',
      {
        schema: routeSchema({
          operationId: 'applyReward',
          summary: '申请持证奖励 Apply for a certification reward',
          tags,
          params: idParams,
          body: rewardApplicationSchema,
          response: { 201: rewardGrantSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await rewards.apply(actorOf(request), request.params.id, request.body.level)),
    );
  };
}
