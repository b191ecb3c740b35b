// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidencePage.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace backlog {

namespace {

QString heading(const QString& text)
{
    return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString source(const QString& label, const QString& citation)
{
    return QStringLiteral("<p style=\"margin-left: 16px\"><i>") + label.toHtmlEscaped() +
           QStringLiteral("</i> ") + citation.toHtmlEscaped() + QStringLiteral("</p>");
}

QString list(const QStringList& items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

EvidencePage::EvidencePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidencePage"));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("evidenceTextBrowser"));
    m_browser->setAccessibleName(tr("What the evidence says"));
    // Sources are cited in full, not linked: the app opens nothing on the network.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    layout->addWidget(m_browser);
}

QString EvidencePage::html()
{
    const QString sourceLabel = tr("Source:");
    QString h;
    h += QStringLiteral("<h2>") + tr("What the evidence says").toHtmlEscaped() +
         QStringLiteral("</h2>");
    h += paragraph(tr("Massage can ease low back pain for a while, and it is safe for most "
                      "people. The research behind it is modest: most studies are small and of "
                      "low quality, and the benefit shown is short-term. This page says what is "
                      "known and how sure anyone can be, with the source of each point."));

    h += QStringLiteral("<p><b>") + tr("BackLog never diagnoses.").toHtmlEscaped() +
         QStringLiteral("</b> ") +
         tr("It keeps your diary, compares it with the plan, and points out the warning signs "
            "that published guidance says need a doctor. It cannot tell what causes your pain "
            "or rule anything out. If something worries you, ask a doctor or your "
            "physiotherapist, whatever the app shows.")
             .toHtmlEscaped() +
         QStringLiteral("</p>");

    h += heading(tr("Massage: short-term relief, not a cure"));
    h += paragraph(tr("The Cochrane review of massage for low back pain (Furlan and colleagues, "
                      "2015) pooled 25 trials with 3,096 people. The quality of the evidence "
                      "was low to very low, which means further research could well change the "
                      "results."));
    h += list({
        tr("Against inactive comparisons (such as a sham treatment or a waiting list), massage "
           "eased pain in the short term."),
        tr("Acute pain (less than 4 weeks): a standardised mean difference (SMD) of -1.24, but "
           "from one trial of only 51 people."),
        tr("Sub-acute and chronic pain together: SMD -0.75 for pain and -0.72 for function, in "
           "the short term only."),
        tr("No benefit was shown in the long term."),
        tr("No serious harms were reported. Between 1.5 % and 25 % of people, depending on the "
           "trial, had more pain for a while after a massage."),
    });
    h += paragraph(tr("An SMD puts results measured on different scales on one scale; negative "
                      "numbers here mean less pain or better function. As a rough guide, 0.5 is "
                      "a moderate effect and 0.8 a large one, but with evidence this weak the "
                      "real effect may be smaller."));
    h += source(sourceLabel,
                tr("Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back "
                   "pain. Cochrane Database of Systematic Reviews 2015, issue 9, CD001929."));

    h += heading(tr("Recent (acute) pain: the evidence is thin"));
    h += paragraph(tr("For pain that began less than 4 weeks ago, the Cochrane review found a "
                      "single small trial, of 51 people. It showed less pain in the short term "
                      "but no better function, and one small trial cannot show how large or how "
                      "reliable an effect is."));
    h += paragraph(tr("The review behind the American Pain Society and American College of "
                      "Physicians guideline (Chou and Huffman, 2007) found no evidence that "
                      "massage helps acute low back pain; its fair evidence was for sub-acute "
                      "and chronic pain. The later American College of Physicians guideline "
                      "(Qaseem and colleagues, 2017) lists massage among the options for acute "
                      "pain, on evidence it rates as low quality."));
    h += paragraph(tr("Recent back pain usually eases over the first weeks whatever is done. If "
                      "you have massage for recent pain, take it as comfort while you keep "
                      "moving, not as a treatment shown to speed recovery."));
    h += source(sourceLabel,
                tr("Furlan and colleagues, 2015 (above); Chou and Huffman, 2007 (below); Qaseem "
                   "A et al. (American College of Physicians). Annals of Internal Medicine "
                   "2017; 166(7): 514-530."));

    h += heading(tr("The kind of massage matters less than you might think"));
    h += paragraph(tr("A trial of 401 adults with chronic low back pain compared structural "
                      "massage, relaxation massage and usual care. Both kinds of massage did "
                      "better than usual care at 10 weeks, by about 2.5 to 2.9 points on the "
                      "Roland-Morris disability scale (0 to 24), and the kind of massage made "
                      "little difference. The comparison was usual care, not a sham treatment."));
    h += source(sourceLabel,
                tr("Cherkin DC, Sherman KJ, Kahn J, et al. A comparison of the effects of 2 types "
                   "of massage and usual care on chronic low back pain: a randomized, controlled "
                   "trial. Annals of Internal Medicine 2011; 155(1): 1-9."));

    h += heading(tr("Exercise is what works in the long run"));
    h += paragraph(tr("The review behind the American Pain Society and American College of "
                      "Physicians guideline found fair evidence for massage in sub-acute and "
                      "chronic low back pain, and found exercise better for managing it in the "
                      "long term."));
    h += source(sourceLabel,
                tr("Chou R, Huffman LH. Nonpharmacologic therapies for acute and chronic low back "
                   "pain: a review of the evidence for an American Pain Society/American College "
                   "of Physicians clinical practice guideline. Annals of Internal Medicine 2007; "
                   "147(7): 492-504."));
    h += paragraph(tr("The UK guideline advises massage and other hands-on therapy only as part "
                      "of a package of treatment that includes exercise, never on its own."));
    h += source(sourceLabel,
                tr("National Institute for Health and Care Excellence (NICE). Low back pain and "
                   "sciatica in over 16s: assessment and management. NICE guideline NG59, "
                   "2016."));

    h += heading(tr("Hands-on massage, not chairs or devices"));
    h += paragraph(tr("Massage by hand was tested in 22 of the 25 trials of the Cochrane review. "
                      "The three that used massage chairs or mechanical devices gave only limited "
                      "evidence, so what is said here applies to hands-on massage."));
    h += source(sourceLabel, tr("Furlan and colleagues, 2015 (above)."));

    h += heading(tr("What this means for your plan"));
    h += paragraph(tr("The plan uses massage early, for relief, while you build up gentle "
                      "movement. From week 5 most of the work is active: core stabilisation and "
                      "movement retraining, which the evidence supports for the long term. The "
                      "review points at the end of weeks 4 and 8 check whether it is working; "
                      "if the pain has not improved by week 8, the app suggests asking for a "
                      "review rather than more of the same."));

    h += heading(tr("How BackLog judges a change"));
    h += list({
        tr("Pain has improved when its 7-day average is at least 2 points, or at least 30 %, "
           "below where you started. Sources: Ostelo RWJG et al. Spine 2008; 33(1): 90-94. "
           "Farrar JT et al. Pain 2001; 94(2): 149-158."),
        tr("Function has changed when it moves by at least 2 points on your activity ratings "
           "(the Patient-Specific Functional Scale). Source: Stratford P et al. Physiotherapy "
           "Canada 1995; 47: 258-263."),
        tr("Pain is called acute under 4 weeks, sub-acute from 4 to 12 weeks and chronic after "
           "12 weeks. Source: Qaseem A et al. (American College of Physicians). Annals of "
           "Internal Medicine 2017; 166(7): 514-530."),
    });

    h += heading(tr("When not to wait"));
    h += paragraph(tr("Numbness around the genitals, buttocks or inner thighs, new trouble "
                      "passing urine or controlling the bowel, or weakness in both legs can be "
                      "signs of a rare emergency. Seek emergency care at once; do not wait for "
                      "a therapist or for this app."));
    return h;
}

} // namespace backlog
