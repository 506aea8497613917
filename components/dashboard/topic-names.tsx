/** The page's one list of existing topic names, suggested by every pick's Topics field. */
export const TOPIC_NAMES_LIST_ID = "existing-topic-names";

export function TopicNamesList({ names }: { names: string[] }) {
  return (
    <datalist id={TOPIC_NAMES_LIST_ID}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
