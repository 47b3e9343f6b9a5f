package org.tillit.ui.importing;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.tillit.store.ProjectStore;

/** Imports into the same project run one after the other. */
record ProjectImportRule(ProjectStore store) implements ISchedulingRule {

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof ProjectImportRule other && other.store == store;
    }
}
