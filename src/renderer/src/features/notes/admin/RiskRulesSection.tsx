import { useState } from 'react'
import { Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { riskRules, type RiskRules } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { call, callOrThrow } from '../../../api'
import { notify } from '../../../components/notify'
import { QueryState } from '../../../components/QueryState'
import { IssueList } from './IssueList'
import { checkJson } from './jsonCheck'
import { JsonField } from './JsonField'
import { answerText, describeRiskRules, RULE_ANSWERS } from './riskRulesText'

/** The rules that compute a note's risk level: the rules in words, a JSON editor, and the answers it may use. */
export function RiskRulesSection() {
  const { t } = useTranslation()
  const rules = useQuery({ queryKey: ['notes.riskRules.get', {}], queryFn: () => callOrThrow('notes.riskRules.get', {}) })
  return (
    <Stack>
      <Text size="sm">{t('notesAdmin.rules.intro')}</Text>
      <QueryState query={rules} failedKey="notesAdmin.loadFailed" />
      {rules.data && (
        <>
          <PlainRules rules={rules.data} />
          <RulesEditor key={rules.dataUpdatedAt} saved={rules.data} />
          <AnswerReference />
        </>
      )}
    </Stack>
  )
}

function PlainRules({ rules }: { rules: RiskRules }) {
  const { t } = useTranslation()
  return (
    <Paper component="section" aria-labelledby="risk-rules-plain" withBorder p="md">
      <Title order={3} size="h5" id="risk-rules-plain" mb="xs">
        {t('notesAdmin.rules.plainTitle')}
      </Title>
      <List aria-label={t('notesAdmin.rules.plainLabel')} spacing={4}>
        {describeRiskRules(t, rules).map((line, n) => (
          <List.Item key={n}>{line}</List.Item>
        ))}
      </List>
    </Paper>
  )
}

function RulesEditor({ saved }: { saved: RiskRules }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const initial = JSON.stringify(saved, null, 2)
  const [text, setText] = useState(initial)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const save = useMutation({ mutationFn: (value: RiskRules) => call('notes.riskRules.save', value) })

  const submit = async (): Promise<void> => {
    const checked = checkJson(riskRules, text)
    if (!checked.ok) return setIssues(checked.issues)
    setIssues([])
    const result = await save.mutateAsync(checked.value)
    if (!result.ok) {
      const fromCore = result.error.issues ?? []
      return setIssues(fromCore.length > 0 ? fromCore : [{ path: '', messageKey: result.error.messageKey, ...(result.error.params ? { params: result.error.params } : {}) }])
    }
    notify(t, t('notesAdmin.rules.saved'))
    await queryClient.invalidateQueries({ queryKey: ['notes.riskRules.get'] })
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack>
        <JsonField label={t('notesAdmin.rules.editor')} description={t('notesAdmin.rules.editorHelp')} value={text} onChange={setText} issues={issues} />
        <IssueList id="risk-rules-issues" issues={issues} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('notesAdmin.rules.save')}
          </Button>
          <Button
            variant="default"
            disabled={text === initial}
            onClick={() => {
              setText(initial)
              setIssues([])
            }}
          >
            {t('notesAdmin.rules.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function AnswerReference() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="risk-rules-reference">
      <Title order={3} size="h5" id="risk-rules-reference" mb="xs">
        {t('notesAdmin.rules.referenceTitle')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped captionSide="top" verticalSpacing={4}>
          <Table.Caption>{t('notesAdmin.rules.referenceCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('notesAdmin.rules.question')}</Table.Th>
              <Table.Th scope="col">{t('notesAdmin.rules.meaning')}</Table.Th>
              <Table.Th scope="col">{t('notesAdmin.rules.answersCol')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Object.entries(RULE_ANSWERS).map(([question, values]) => (
              <Table.Tr key={question}>
                <Table.Th scope="row">
                  <Text ff="monospace" size="sm">
                    {question}
                  </Text>
                </Table.Th>
                <Table.Td>{t(`notesAdmin.questions.${question}`)}</Table.Td>
                <Table.Td>
                  {values.map((value) => `${value} = ${answerText(t, question as keyof typeof RULE_ANSWERS, value)}`).join(t('notesAdmin.rules.listSeparator'))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  )
}
