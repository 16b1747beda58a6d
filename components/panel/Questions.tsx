/**
 * Step 2: the questions the engine says still matter (`verdict.nextQuestions`), most
 * decisive first, each answerable from the keyboard, each with "don't know"; then the
 * answers given so far, each with change / clear.
 */
import type { FactId } from '@/rules/index';
import { lang, t, tx, type UiKey } from '@/components/i18n/index';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { CountryCombobox } from '@/components/ui/CountryCombobox';
import type { NextQuestion } from '@/components/state/patient';
import { answerLabel, dontKnowLabel, factLabel } from './format';
import { usePanel } from './context';

const CHANGE_LABEL: Record<NextQuestion['changes'][number], UiKey> = {
  'first-payer': 'changesFirstPayer',
  'amu-attestation': 'changesAmu',
  payers: 'changesPayers',
  warnings: 'changesWarnings',
};

function Question({ question, index, onAnswered }: { question: NextQuestion; index: number; onAnswered: () => void }) {
  const { patient } = usePanel();
  const fact = question.fact as FactId;
  const headingId = `q-${fact}`;
  const answer = (value: string | number | boolean) => {
    patient.answer(fact, value);
    onAnswered();
  };
  const dontKnow = () => {
    patient.setDontKnow(fact);
    onAnswered();
  };
  return (
    <li class={`pc-question${index === 0 ? ' pc-question--first' : ''}`} data-fact={fact} data-kind={question.kind}>
      <h3 id={headingId} class="pc-question__text">
        {tx(question.question)}
      </h3>
      <p class="pc-question__changes">{question.changes.map((c) => t(CHANGE_LABEL[c])).join(' · ')}</p>
      {question.kind === 'country' ? (
        <div class="pc-country" data-focus-target>
          <CountryCombobox
            idPrefix={headingId}
            labelledBy={headingId}
            onChoose={(code) => answer(code)}
            onOtherKey={(event, query) => {
              if (event.key === '0' && query === '' && !event.altKey && !event.ctrlKey) {
                event.preventDefault();
                dontKnow();
                return true;
              }
              return false;
            }}
          />
          <button type="button" class="pc-choice pc-choice--dont-know" aria-keyshortcuts="0" onClick={dontKnow}>
            <kbd class="pc-key" aria-hidden="true">
              0
            </kbd>
            <span>{dontKnowLabel(lang.value)}</span>
          </button>
        </div>
      ) : (
        <div data-focus-target>
          <ChoiceGroup
            labelledBy={headingId}
            answers={question.answers.map((a) => tx(a.label))}
            values={question.answers.map((a) => a.value)}
            dontKnowLabel={dontKnowLabel(lang.value)}
            onAnswer={(i) => answer(question.answers[i]!.value)}
            onDontKnow={dontKnow}
          />
        </div>
      )}
    </li>
  );
}

function Answers({ onChange }: { onChange: (fact: FactId) => void }) {
  const { patient } = usePanel();
  const language = lang.value;
  const answers = [...patient.answers.value].filter(([fact]) => fact !== 'documentValidUntil');
  const unknown = [...patient.dontKnow.value];
  if (answers.length === 0 && unknown.length === 0) return null;
  const row = (fact: FactId, value: string) => {
    const name = factLabel(fact, language);
    return (
      <li key={fact} class="pc-answer" data-fact={fact}>
        <span class="pc-answer__fact">
          {name}
          {t('colon')}
        </span>
        <span class="pc-answer__value">{value}</span>
        <span class="pc-answer__buttons">
          <button type="button" class="pc-link" aria-label={t('answerChangeLabel', { fact: name })} onClick={() => onChange(fact)}>
            {t('answerChange')}
          </button>
          <button
            type="button"
            class="pc-link"
            aria-label={t('answerClearLabel', { fact: name })}
            onClick={() => patient.forget(fact)}
          >
            {t('answerClear')}
          </button>
        </span>
      </li>
    );
  };
  return (
    <div class="pc-answers" data-testid="answers">
      <h3 class="pc-subtitle">{t('answersHeading')}</h3>
      <ul>
        {answers.map(([fact, value]) => row(fact, answerLabel(fact, value, language)))}
        {unknown.map((fact) => row(fact, dontKnowLabel(language)))}
      </ul>
    </div>
  );
}

export function Questions({ onAnswered, onChange }: { onAnswered: () => void; onChange: (fact: FactId) => void }) {
  const { patient } = usePanel();
  const questions = patient.questions.value;
  return (
    <section class="pc-step" aria-labelledby="step-questions" id="questions">
      <h2 id="step-questions" class="pc-step__title">
        <span class="pc-step__number" aria-hidden="true">
          2
        </span>
        {t('stepQuestions')}
      </h2>
      {questions.length === 0 ? (
        <p class="pc-muted" data-testid="no-questions">
          {t('noQuestions')}
        </p>
      ) : (
        <>
          <p class="pc-help">{t('questionsHelp')}</p>
          <ol class="pc-questions">
            {questions.map((q, i) => (
              <Question key={q.fact} question={q} index={i} onAnswered={onAnswered} />
            ))}
          </ol>
        </>
      )}
      <Answers onChange={onChange} />
    </section>
  );
}
