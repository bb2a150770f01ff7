// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedreport.h"

#include "reviewworkflow.h"
#include "textlayout/reportreader.h"

namespace nianbao {

StoreResult<SealedReport> SealedReport::load(ReportStore &store, qint64 reportId)
{
    StoreResult<StoredReport> stored = store.loadReport(reportId);
    if (!stored)
        return stored.error();
    if (stored->content == ContentCheck::Damaged)
        return StoreError{StoreError::Code::Corrupt, stored->damage(), {}};
    SealedReport sealed{std::move(stored.value().report), stored->status, std::nullopt};
    if (stored->status != ReportStatus::Approved)
        return sealed;
    // An approved report goes out only as approved: with its supervisor's signature when it has one,
    // never when its approval no longer holds.
    const StoreResult<ApprovalCheck> approval = ReviewWorkflow(store).verifyApproval(reportId);
    if (!approval)
        return approval.error();
    if (!approval->intact())
        return StoreError{StoreError::Code::Corrupt, approval->problem(), {}};
    if (approval->seal) {
        ReadResult signedReport = ReportReader::read(approval->seal->signedText);
        if (signedReport.isReport) {
            sealed.report = std::move(signedReport.report);
            sealed.seal = approval->seal;
        }
    }
    return sealed;
}

} // namespace nianbao
