package org.jiebang.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.AccountService.Figures;

/** The home page's headline figures, read once per request. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    AccountService accounts;

    private Figures figures;

    public Figures getFigures() {
        if (figures == null) {
            figures = accounts.figures();
        }
        return figures;
    }
}
