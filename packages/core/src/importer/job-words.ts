/** Words naming one site of an employer ("store #214", "Leith branch", "Dayton plant"). */
export const siteWord =
  /\b(?:store|shop|branch|plant|site|depot|warehouse|clinic|ward|office|campus|location|factory|mill|yard|hub|outlet|restaurant|hotel|terminal|station)\b/i;

/** Words of job titles, to tell a role ("Front Office Manager") from a place ("London"). */
export const roleWord =
  /\b(?:pm|tpm|manager|engineer|lead|director|head|officer|supervisor|analyst|assistant|associate|intern|nurse|teacher|coordinator|consultant|designer|developer|specialist|administrator|chef|clerk|agent|representative|executive|vp|founder|owner|scientist|architect|technician|adviser|advisor|accountant|planner|buyer|recruiter|partner|editor|producer|operator|controller|inspector|pharmacist|therapist|paramedic|driver|captain|pilot|cashier|fundraiser|officer|worker|trainee|apprentice|sister|matron|midwife|porter|receptionist|barista|waiter|waitress|bartender|cook|baker|librarian|lecturer|professor|tutor|counsel+or|paralegal|solicitor|lawyer|attorney|surveyor|dispatcher|steward|courier|firefighter|constable|sergeant|doctor|physician|surgeon|dentist|hygienist|dietitian|carer|caretaker)s?\b/i;

/** Whether a few words name a job ("Process Engineer", "Front Office Manager"). */
export const isJobTitle = (text: string) =>
  roleWord.test(text) && !/\d/.test(text) && text.trim().split(/\s+/).length <= 6;
