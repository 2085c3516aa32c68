import { type Static, Type } from 'typebox';
import { CaseListQuery } from '../cases/cases.schemas.js';
import { TicketListQuery } from '../hotline/hotline.schemas.js';
import { RankingsQuery } from '../stats/stats.schemas.js';

// An export takes the filters of the list it comes from, without the paging: it holds every row.

export const CaseExportQuery = Type.Omit(CaseListQuery, ['page', 'pageSize'], {
  additionalProperties: false,
});

export const TicketExportQuery = Type.Omit(TicketListQuery, ['page', 'pageSize'], {
  additionalProperties: false,
});

export const RankingsExportQuery = Type.Omit(RankingsQuery, ['page', 'pageSize'], {
  additionalProperties: false,
});

/** 月度考核报表: every street, community and department of the jurisdiction (or of a region in it). */
export const AssessmentExportQuery = Type.Object(
  {
    month: Type.String({ pattern: '^20[0-9]{2}-(0[1-9]|1[0-2])$', examples: ['2026-11'] }),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' })),
  },
  { additionalProperties: false },
);

export type CaseExportFilter = Static<typeof CaseExportQuery>;
export type TicketExportFilter = Static<typeof TicketExportQuery>;
export type RankingsExportFilter = Static<typeof RankingsExportQuery>;
export type AssessmentExportFilter = Static<typeof AssessmentExportQuery>;

/** Every export answers with a workbook, streamed. */
export const XlsxResponse = {
  description: 'An Excel workbook (.xlsx): a title, the filters used, then the table; personal data masked',
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: { type: 'string', format: 'binary' },
    },
  },
};
