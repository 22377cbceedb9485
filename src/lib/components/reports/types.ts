// What the report page passes to the co-editing report editor.

/** A template section (the same shape as the schema's ReportSection, without importing server code). */
export interface SectionView {
	key: string;
	heading: string;
	question: string;
	required: boolean;
}

export interface ReportEditorData {
	reportId: number;
	me: { id: number; name: string };
	sections: SectionView[];
	/** The secretariat's comments by section key, shown beside the sections (sent back). */
	comments: Record<string, string>;
	/** Whether the report is being drafted (draft, sent back) and this user may draft it. */
	editable: boolean;
}
