// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace aw::bench {

// A store the size of a district office after some years, for benchmarks of the main window: the
// demo office (units, users, demo cases), about 5,000 file-plan nodes, 100,000 case files with one
// proceeding each, spread over the nodes with a skew (one node holds several thousand), and one
// case file whose first proceeding holds 10,000 documents of one version each.
struct BigStoreSizes
{
    int caseFiles = 100000;
    int fileplanNodes = 5000;  // generated nodes besides the demo plan; rounded to whole groups
    int documents = 10000;     // in the big case file's first proceeding
};

// What the benchmarks need to find in the store; kept beside it in a marker file.
struct BigStore
{
    BigStoreSizes sizes;
    int nodes = 0;  // every node of the plan, the demo's included
    int caseFiles = 0;
    QString login;  // a supervisor who sees the big node and the big case file
    QString bigCaseFileId;
    QString bigProceedingId;
    QString bigNodeId;  // the node with the most case files
    QString bigNodeCode;
    int bigNodeCaseFiles = 0;
    QString otherCaseFileId;  // a small case file under another node, to switch to and back
    double generationSeconds = 0;

    QJsonObject toJson() const;
    static BigStore fromJson(const QJsonObject &json);
};

// The marker file naming what was generated in a store folder.
QString bigStoreMarker(const QString &dir);

// Reads the marker of `dir`; NotFound when there is none, Conflict when it was made with other sizes.
core::Result<BigStore> readBigStore(const QString &dir, const BigStoreSizes &sizes);

// Generates the store in `dir`, which must not exist or be empty, and writes the marker last (so an
// interrupted run is not mistaken for a store). Prints progress to stdout.
core::Result<BigStore> generateBigStore(const QString &dir, const BigStoreSizes &sizes);

}  // namespace aw::bench
