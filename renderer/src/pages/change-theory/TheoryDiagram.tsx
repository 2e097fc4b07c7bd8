import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutChangeTheory, theoryLayoutSizes as s, type LayoutBox } from '../../../../shared/change-theory-layout';
import { theoryLevels, type TheoryBox, type TheoryLevel } from '../../../../shared/domain/change-theory';

/* The diagram drawn from the shared layout, the same picture as in the Word reports. */

const fills: Record<TheoryLevel, string> = { aktivitet: '#E7ECF3', output: '#DDEBF7', resultat: '#E2F0D9', effekt: '#FBE5D6' };
const strokes: Record<TheoryLevel, string> = { aktivitet: '#1F3864', output: '#2F5597', resultat: '#38761D', effekt: '#C55A11' };

export function TheoryDiagram({ boxes }: { boxes: readonly TheoryBox[] }) {
  const { t } = useTranslation();
  const layout = useMemo(() => {
    const note = (b: LayoutBox) => {
      const of = (kind: string) => b.links.filter((l) => l.kind === kind);
      const parts = [
        ...of('indicator').map((l) => l.targetId),
        ...(of('activity').length ? [t('changeTheory.diagramActivities', { count: of('activity').length })] : []),
        ...(of('question').length ? [t('changeTheory.diagramQuestions', { count: of('question').length })] : []),
      ];
      return parts.length ? parts.join(' · ') : null;
    };
    return layoutChangeTheory(boxes, { columnLabels: Object.fromEntries(theoryLevels.map((l) => [l, t(`changeTheory.levels.${l}`)])) as Record<TheoryLevel, string>, note });
  }, [boxes, t]);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={t('changeTheory.diagramLabel', { boxes: layout.boxes.length, arrows: layout.arrows.length })}
      data-testid="theory-diagram"
      style={{ maxWidth: layout.width, display: 'block' }}
    >
      {layout.columns.map((c) => (
        <text key={c.level} x={c.x + c.width / 2} y={s.margin + s.headerSize + 4} textAnchor="middle" fontSize={s.headerSize} fontWeight="bold" fill="#1F3864">
          {c.label}
        </text>
      ))}
      {layout.arrows.map((a) => (
        <g key={`${a.from}-${a.to}`} data-arrow={`${a.from}>${a.to}`}>
          <path d={a.path} fill="none" stroke="#595959" strokeWidth={1.6} />
          <polygon points={a.head.map(([x, y]) => `${x},${y}`).join(' ')} fill="#595959" />
        </g>
      ))}
      {layout.boxes.map((b) => (
        <g key={b.id}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={6} fill={fills[b.level]} stroke={strokes[b.level]} strokeWidth={1.4} />
          <text fontSize={s.titleSize} fill="#1A1A1A">
            {b.titleLines.map((line, i) => (
              <tspan key={i} x={b.x + s.padding} y={b.y + s.padding + s.titleSize + i * s.titleLineHeight}>
                {line}
              </tspan>
            ))}
          </text>
          {b.noteLines.length > 0 && (
            <text fontSize={s.noteSize} fill="#404040">
              {b.noteLines.map((line, i) => (
                <tspan key={i} x={b.x + s.padding} y={b.y + s.padding + b.titleLines.length * s.titleLineHeight + 4 + s.noteSize + i * s.noteLineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
