extension SeasonalityFitter {
    /// Turns the maximum-likelihood multipliers of one block into a ``SeasonalEstimate``:
    /// standard errors, normalisation, expansion of quarters to months, shrinkage towards 1.
    struct Blocks {
        let design: SeasonalDesign
        let yearly: [Double]
        let weekly: [Double]
        let dispersion: Double

        /// nil (with a note) when no multiplier of the block could be estimated or the group
        /// sold nothing.
        func estimate(_ block: SeasonalDesign.Block, notes: inout [FitNote]) -> SeasonalEstimate? {
            let field = block == .yearly ? "seasonality.yearly" : "seasonality.weekly"
            let values = block == .yearly ? yearly : weekly
            let exposure = design.exposure(block, other: block == .yearly ? weekly : yearly)
            let estimated = values.indices.filter { exposure[$0] > 0 }
            let information = design.information(block, yearly: yearly, weekly: weekly, estimated: estimated)
            let (variances, failure) = InverseInformation.variances(information, dimension: estimated.count)
            if let failure {
                notes.append(FitNote(.information, field: field,
                                     "\(failure); standard errors treat each multiplier as if the others were known"))
            }
            var parameterSE = [Double](repeating: 0, count: values.count)
            for (index, parameter) in estimated.enumerated() {
                parameterSE[parameter] = (variances[index] * dispersion).squareRoot()
            }
            let known = estimated.map { values[$0] }
            let fill = known.isEmpty ? 1 : known.reduce(0, +) / Double(known.count)
            let filled = values.indices.map { exposure[$0] > 0 ? values[$0] : fill }
            let expand = expansion(block)
            let raw = expand.map { filled[$0] }
            let scale = raw.reduce(0, +) / Double(raw.count)
            guard scale > 0, scale.isFinite, !estimated.isEmpty else {
                notes.append(FitNote(.fallback, field: field, "the group has no sales to fit multipliers on: all 1"))
                return nil
            }
            let isEstimated = expand.map { exposure[$0] > 0 }
            let missing = isEstimated.indices.filter { !isEstimated[$0] }
            if !missing.isEmpty {
                notes.append(FitNote(.fallback, field: field,
                                     "no usable sales in \(names(missing, block)): multiplier 1 there"))
            }
            // An unseen multiplier was filled with the mean of the seen ones, so it normalises to
            // 1 up to rounding; write the exact 1.
            let normalised = raw.indices.map { isEstimated[$0] ? raw[$0] / scale : 1 }
            return shrunk(raw: normalised, standardErrors: expand.map { parameterSE[$0] / scale },
                          estimated: isEstimated, field: field, notes: &notes)
        }

        /// For each entry of the output block (12 months, 7 weekdays), its parameter.
        private func expansion(_ block: SeasonalDesign.Block) -> [Int] {
            block == .yearly ? (0..<12).map { design.yearlyParameter(ofMonth: $0) } : Array(0..<7)
        }

        private func shrunk(raw: [Double], standardErrors: [Double], estimated: [Bool], field: String,
                            notes: inout [FitNote]) -> SeasonalEstimate? {
            let estimates = raw.indices.map { index in
                estimated[index] ? EmpiricalBayes.Estimate(value: raw[index], variance: standardErrors[index] * standardErrors[index]) : nil
            }
            guard let result = EmpiricalBayes.shrink(estimates, towards: 1) else {
                notes.append(FitNote(.fallback, field: field, "no multiplier had a usable standard error: all 1"))
                return nil
            }
            if result.betweenVariance == 0 {
                notes.append(FitNote(.fallback, field: field,
                                     "the pattern is no stronger than its noise: multipliers pulled to 1"))
            }
            var values = raw.indices.map { estimated[$0] ? result.shrunk[$0].value : 1 }
            var errors = raw.indices.map { estimated[$0] ? result.shrunk[$0].variance.squareRoot() : 0 }
            let scale = values.reduce(0, +) / Double(values.count)
            if scale > 0 {
                values = values.map { $0 / scale }
                errors = errors.map { $0 / scale }
            }
            return SeasonalEstimate(multipliers: values, standardErrors: errors, raw: raw,
                                    rawStandardErrors: standardErrors, estimated: estimated,
                                    shrinkWeights: result.weights)
        }

        private func names(_ indices: [Int], _ block: SeasonalDesign.Block) -> String {
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]
            let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            return indices.map { block == .yearly ? months[$0] : days[$0] }.joined(separator: ", ")
        }
    }
}
