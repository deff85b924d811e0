package org.jiebang.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The challenge detail page of a logged-in user: the view keeps the bean between the page's posts. */
@Named
@ViewScoped
public class ChallengePageBacking extends ChallengePage {

    private static final long serialVersionUID = 1L;
}
