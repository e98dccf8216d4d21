"""Fixture portal: Sở Giáo dục và Đào tạo tỉnh Cao Bằng on SPIP 3.2, localised in Vietnamese.

Imitates the site of a provincial Department of Education built with SPIP 3.2 (the French CMS the
francophone cooperation projects handed out), ``squelettes/`` derived from ``squelettes-dist``,
the Crayons plugin (``crayon article-titre-N`` classes), Agenda, Contact and a visitor counter.
Nearly everything SPIP prints is relative (``spip.php?article150``, ``tin-tuc/…``, ``IMG/…``); pages one
level deep (the "arbo" URLs ``/tin-tuc/…``) get the ``<base href="http://host/">`` that SPIP
inserts itself (``page_base_href``), so their relative links resolve against the site root.

What it serves:

- Articles of the rubrique "Tin tức - Sự kiện" (``/tin-tuc/``, ``spip.php?rubrique5``) under
  their arbo URL ``/tin-tuc/<slug>`` and the very same page at ``spip.php?article<N>``; the new
  squelette (based on the dist one) prints ``rel=canonical`` to the arbo URL, ``p.arbo``
  breadcrumbs, ``div.cartouche`` (``h1.h1.crayon.article-titre-N``, ``p.info-publi`` "Đăng ngày
  <abbr class="published" title="…Z">24/11/2026</abbr>, bởi <span class="vcard author">…``),
  ``div.chapo`` (the chapeau), ``div.texte`` (``p.spip``, ``h3.spip``, ``ul.spip``, images as
  ``dl.spip_documents`` with ``dt.spip_doc_titre`` / ``dd.spip_doc_descriptif`` or a bare
  ``span.spip_documents``, reduced copies under ``local/cache-vignettes/…jpg?<timestamp>``,
  footnotes ``a.spip_note``), ``div.ps``, ``div.notes``, a ``documents_portfolio`` of thumbnails,
  ``div.documents_joints`` (PDFs with sizes), the tool line ("Bản in" →
  ``spip.php?page=imprimer&id_article=N``, "Gửi bài này" → ``spip.php?page=envoyer&id_article=N``),
  ``div.forum`` ("Gửi ý kiến" → ``spip.php?page=forum&id_article=N``), readers' comments, and an
  aside with "Cùng chuyên mục" (dated), "Từ khóa" (``spip.php?mot12``), "Tin mới".
- Articles of the older rubriques "Thông báo" (``spip.php?rubrique3``) and "Khảo thí - Kiểm định
  chất lượng" (``spip.php?rubrique4``): their hand-written SPIP 2 squelettes (``article-3.html``,
  ``article-4.html``, ``rubrique-3.html`` …) link ``spip.php?article<N>`` and print no canonical,
  a ``div.ngaydang`` line "Đăng ngày: 18/11/2026 15:30 | Cập nhật: 19/11/2026 08:05 | Lượt xem",
  a "Tác giả:" line under the text and "Các tin khác". URL rewriting being on site-wide, the
  feed, the sitemap, the site map page and the dist includes ("Cùng chuyên mục") link the same
  articles under their arbo URLs ``/thong-bao/<slug>`` and ``/khao-thi-kiem-dinh/<slug>``.
- Brèves (``spip.php?breve45``): title, date, text, listed as "Tin vắn" on the home page and in
  "Thông báo" (the brèves' sector).
- Listings: rubriques list 4 articles a page, SPIP's pagination ``<p class="pagination">Trang:
  <span class="pages"><strong class="on">1</strong> | <a class="lien_pagination" rel="nofollow"
  href="tin-tuc/?debut_articles=4#pagination_articles">2</a> | … | <a …>Tiếp &gt;</a>`` (page 1
  links ``debut_articles=0``); "Tin tức - Sự kiện" has three pages. Keyword pages
  ``spip.php?mot<N>``, author pages ``spip.php?auteur<N>``, the search
  ``spip.php?page=recherche&recherche=…`` (sidebar links to two searches), the site map
  ``spip.php?page=plan``, ``spip.php?page=backend`` (RSS 2.0, ``dc:date`` in UTC, arbo links),
  ``/sitemap.xml`` (announced in robots.txt).
- Non-articles a reader can open: the rubrique "Giới thiệu" (standing pages "Chức năng, nhiệm
  vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở": SPIP articles rendered by ``article-1.html`` with no
  date, byline or tools), the rubrique "Văn bản chỉ đạo" whose articles are document entries
  (a table of register fields and a PDF, no text), ``spip.php?page=contact``,
  the login page (its own minimal squelette), the forum and send-to-a-friend forms, a brève with no text.
- Chrome: header "Thứ Tư, ngày 25/11/2026", language links "Tiếng Việt | Français", login link
  ``spip.php?page=login&url=<this page>``, search form, the rubrique menu, "Thống kê truy cập",
  banners (Bộ GD&ĐT, UBND tỉnh, AUF), "Tin mới" and "Tìm nhiều" boxes, a footer with the address and hotline and a "Làm mới trang" link
  (``var_mode=calcul``).

Traps: every page links itself with ``lang=fr`` (the French interface of the same page: labels,
the header date and the article's date printed in French, text unchanged) and with
``var_mode=calcul`` (the same page recomputed); the print view repeats each article; the arbo and
``spip.php?articleN`` addresses serve the same article (only the new squelette says which is
canonical); the agenda ``spip.php?page=agenda&mois=11&annee=2026`` links "« Tháng trước" /
"Tháng sau »" for any month of the years 1-9999; pagination links carry ``rel="nofollow"``;
``spip.php?article146`` is a virtual article (chapeau ``=IMG/pdf/…``): SPIP answers 302 to the
PDF; the login link differs on every page; unknown objects answer 404.

Gold (by hand). Articles are the articles of the three news rubriques and the brève with text
(a brève is a short news item the Department publishes with its own title, date and text: an
article). Not articles: the standing pages of "Giới thiệu" (no date, no byline, describe the
office), the document entries of "Văn bản chỉ đạo" (register fields and a file), the brève 44
(title, date and only a "Xem trực tuyến" link: no text), the virtual article (a redirect), the
print, forum and send views, listings. Judgement calls:

- ``published_at``: the day the page prints. The abbr's ``title`` is the instant in UTC (SPIP's
  ``date_iso``): article 151 prints 20/11/2026 and carries ``2026-11-19T23:40:00Z``: the day is
  20/11. The old squelettes print a time ("18/11/2026 15:30"): date and time; their "Cập nhật"
  stamp is never the publication date. Brèves print a day.
- authors: the signature in the text wins over the SPIP author field ("Tin và ảnh: Nông Thị
  Hạnh" under an article filed by "Văn phòng Sở"; "Tin: Hà Thu - Ảnh: Minh Khôi"; a bare bold
  "Phòng Khảo thí và KĐCLGD" closing line under "Tác giả: admin"). Without a signature the
  author field is the author, a unit included ("Văn phòng Sở", "Phòng Giáo dục Trung học"),
  degrees dropped ("ThS. Bế Thị Hồng"); "admin" and "bientap" are accounts: nobody. "Nguồn:"
  gives the source and leaves the author field's author in place. Brèves have no author.
- ``div.ps``: the article's post-scriptum. Article 147's is a closing note of the text (body,
  last paragraph); article 139's is only the credit "Bài và ảnh: Đinh Quang Vinh" (a byline: author
  and photographer, not body).
- Footnotes (article 139): the call stays in its paragraph as printed ("… [1], …") and the
  note is the article's own text: a body paragraph "[1] …" after the text (the "P.S." and
  "Chú thích" labels are not text).
- The chapeau (``div.chapo``) is the summary and the body's first paragraph; article 151 has no
  chapeau but a first paragraph wholly in bold (the summary, kept in the body); others none.
- Images: the reduced copy shown (``local/cache-vignettes/…?<timestamp>``, resolved against the
  site root); caption = the document's title (``dt.spip_doc_titre``) or, when there is none, its
  description; a title that is only the camera's file name ("DSC_0457") is no caption; a bare
  ``span.spip_documents`` has none; the portfolio thumbnails at the end of article 149 are the
  article's photos (no line under them: no caption). Logos are not shown on article pages.
- Tables: every row is a body paragraph, cells joined by " | " (the table's caption is not: gold
  harmonised with the project's convention, see ``_without_table_captions``); list items
  are paragraphs; ``h3.spip`` intertitles are paragraphs. Readers' comments are not body.
- Category: the rubrique the breadcrumb ends with ("Tin tức - Sự kiện", "Thông báo", "Khảo thí -
  Kiểm định chất lượng"); the brève is in "Thông báo".
- Text forms: article 127 was pasted with the source site's character references (every second
  non-ASCII character as ``&#…;``/named entity); article 138 was typed in decomposed Unicode.

Alternative addresses (``alt_paths``): the other of arbo / ``spip.php?articleN``, each with
``lang=fr``, ``var_mode=calcul`` and both, and the print view ``spip.php?page=imprimer&id_article=N``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "spip_sgddt"
PLATFORM = "spip"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Cao Bằng"
ADDRESS = "Số 16 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng"
PHONE = "0206 3852 118"
HOTLINE = "0912 852 118"
EMAIL = "sogddt@caobang.edu.vn"
TODAY_FR = "mercredi 25 novembre 2026"
PER_PAGE = 4
UTC_SHIFT = timedelta(hours=7)

#: rubriques: id -> (arbo slug, printed title, squelette "new" | "old" | "page" | "doc")
RUBS: dict[int, tuple[str, str, str]] = {
    1: ("gioi-thieu", "Giới thiệu", "page"),
    5: ("tin-tuc", "Tin tức - Sự kiện", "new"),
    3: ("thong-bao", "Thông báo", "old"),
    4: ("khao-thi-kiem-dinh", "Khảo thí - Kiểm định chất lượng", "old"),
    6: ("van-ban-chi-dao", "Văn bản chỉ đạo", "doc"),
}
MENU = (1, 5, 3, 4, 6)

#: SPIP authors: id -> name as stored (and printed)
AUTEURS: dict[int, str] = {
    1: "admin",
    3: "Văn phòng Sở",
    5: "ThS. Bế Thị Hồng",
    6: "Lục Văn Tùng",
    7: "Đàm Thị Mai",
    8: "Hoàng Văn Đức",
    9: "bientap",
    10: "Phòng Giáo dục Trung học",
    11: "Nông Văn Lâm",
}

#: keywords (mots-clés): id -> title
MOTS: dict[int, str] = {
    12: "Song ngữ tiếng Pháp",
    13: "Giáo viên dạy giỏi",
    14: "Chuyển đổi số",
    15: "Học sinh giỏi",
    16: "Kiểm định chất lượng",
    17: "Văn hóa dân tộc",
    18: "Thể thao học đường",
}

#: the post-scriptum starts after this marker; P("…", "note") goes into div.notes
PS = Raw("<!--ps-->")


def _stamp(d: datetime) -> int:
    """The ``?1763948100`` suffix SPIP adds to a reduced image: the file's time, fixed here."""
    return int((d - UTC_SHIFT - datetime(1970, 1, 1)).total_seconds())


def _img(name: str, doc: int, when: datetime, w: int = 672, h: int = 448) -> str:
    digest = format(doc * 7919 % 65536, "04x")
    return f"local/cache-vignettes/L{w}xH{h}/{name}-{digest}.jpg?{_stamp(when)}"


def _thumb(name: str, doc: int, when: datetime) -> str:
    return _img(name, doc, when, 150, 100)


# Story.opts: rub, when (local datetime of the article), modified (old squelettes), auteurs (ids),
# mots (ids), docs [(file, title, size)], comments [(who, when, text)], nfd, entities, breve,
# doc ids of images (Img.style "dl:<doc>" / "dd:<doc>" / "span:<doc>" / "folio:<doc>").
# P styles: "" (p.spip), "b" (paragraph wholly bold), "h3", "li", "cap"/"th"/"tr" (table),
# "fn" (paragraph carrying the footnote call " [1]"), "note" (the footnote, "[1] …").
W152 = datetime(2026, 11, 24, 9, 15)
W151 = datetime(2026, 11, 20, 6, 40)
W149 = datetime(2026, 11, 17, 14, 0)
W147 = datetime(2026, 11, 13, 10, 20)
W144 = datetime(2026, 11, 9, 16, 45)
W139 = datetime(2026, 11, 3, 8, 0)
W136 = datetime(2026, 10, 28, 7, 30)
W132 = datetime(2026, 10, 21, 15, 10)
W127 = datetime(2026, 10, 5, 9, 0)
W150 = datetime(2026, 11, 18, 15, 30)
W138 = datetime(2026, 10, 30, 8, 0)
W153 = datetime(2026, 11, 23, 14, 20)
W45 = datetime(2026, 11, 21, 10, 0)

STORIES: list[Story] = [
    Story(
        id=152,
        slug="so-ket-5-nam-day-hoc-song-ngu-tieng-phap-tai-truong-thpt-chuyen-cao-bang",
        title="Sơ kết 5 năm dạy học song ngữ tiếng Pháp tại Trường THPT Chuyên Cao Bằng",
        cat="5",
        published_at="2026-11-24",
        summary=(
            "Sáng 23/11, Sở Giáo dục và Đào tạo phối hợp với Văn phòng khu vực châu Á - Thái"
            " Bình Dương của Tổ chức Đại học Pháp ngữ (AUF) tổ chức hội nghị sơ kết 5 năm triển"
            " khai chương trình dạy học song ngữ tiếng Pháp tại Trường THPT Chuyên Cao Bằng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chương trình song ngữ tiếng Pháp được triển khai tại nhà trường từ năm học"
                " 2021 - 2022 với 2 lớp 10. Đến nay, nhà trường duy trì 6 lớp song ngữ với 187"
                " học sinh; các môn Toán, Vật lý, Hóa học được dạy bằng tiếng Pháp theo chương"
                " trình của Bộ Giáo dục và Đào tạo."
            ),
            Img(
                _img("so-ket-song-ngu-1", 412, W152),
                "Quang cảnh hội nghị sơ kết tại Trường THPT Chuyên Cao Bằng",
                "Quang cảnh hội nghị sơ kết tại Trường THPT Chuyên Cao Bằng",
                "dl:412",
            ),
            P("Kết quả nổi bật sau 5 năm", "h3"),
            P(
                "Qua 5 năm, 94% học sinh song ngữ đạt chứng chỉ DELF trình độ B1 trở lên khi tốt"
                " nghiệp; 23 em giành học bổng du học tại Pháp, Bỉ và Canada. Đội ngũ 11 giáo viên"
                " dạy môn khoa học bằng tiếng Pháp được bồi dưỡng thường xuyên tại Trung tâm Pháp"
                " ngữ Hà Nội."
            ),
            Img(
                _img("so-ket-song-ngu-2", 413, W152),
                "Đại diện AUF trao giấy chứng nhận cho giáo viên hoàn thành khóa bồi dưỡng",
                "Đại diện AUF trao giấy chứng nhận cho giáo viên hoàn thành khóa bồi dưỡng",
                "dl:413",
            ),
            P(
                "Phát biểu tại hội nghị, đồng chí Phó Giám đốc Sở đề nghị nhà trường tiếp tục đổi"
                " mới phương pháp dạy học, tăng cường hoạt động trải nghiệm bằng tiếng Pháp và mở"
                " rộng giao lưu với các trường trong mạng lưới song ngữ khu vực."
            ),
            Raw(
                '<p class="spip" style="text-align: right;"><strong>Tin và ảnh: Nông Thị Hạnh'
                "</strong></p>"
            ),
        ],
        authors=["Nông Thị Hạnh"],
        photographers=["Nông Thị Hạnh"],
        opts={
            "when": W152,
            "auteurs": [3],
            "mots": [12],
            "comments": [
                (
                    "Phụ huynh lớp 11 Song ngữ",
                    datetime(2026, 11, 25, 7, 12),
                    "Cảm ơn nhà trường và thầy cô đã tạo điều kiện cho các con học tập.",
                )
            ],
        },
    ),
    Story(
        id=151,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-20",
        summary=(
            "Hội thi năm nay có 126 giáo viên đến từ 58 trường THCS trên địa bàn tỉnh tham gia,"
            " thi giảng 9 môn học theo Chương trình giáo dục phổ thông 2018."
        ),
        blocks=[
            P(
                "Hội thi năm nay có 126 giáo viên đến từ 58 trường THCS trên địa bàn tỉnh tham gia,"
                " thi giảng 9 môn học theo Chương trình giáo dục phổ thông 2018.",
                "b",
            ),
            P(
                "Sáng 19/11, tại Trường THCS Hợp Giang, Sở Giáo dục và Đào tạo tổ chức lễ khai mạc"
                " Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027. Hội thi diễn ra"
                " từ ngày 19/11 đến ngày 28/11/2026 tại 4 trường THCS của phường Thục Phán và phường"
                " Nùng Trí Cao."
            ),
            Img(
                _img("khai-mac-gvdg-thcs-1", 405, W151),
                None,
                "Các giáo viên dự thi bốc thăm thứ tự bài giảng",
                "dd:405",
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất"
                " lượng giảng dạy và thực hành giảng dạy hai tiết trên lớp, trong đó có một tiết"
                " thực hiện theo chủ đề do Ban tổ chức bốc thăm trước 3 ngày."
            ),
            Img(_img("khai-mac-gvdg-thcs-2", 406, W151), None, None, "span:406"),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để"
                " các đơn vị phát hiện, bồi dưỡng đội ngũ giáo viên cốt cán cho những năm học tiếp"
                " theo."
            ),
        ],
        authors=["Bế Thị Hồng"],
        opts={
            "when": W151,
            "auteurs": [5],
            "mots": [13],
            "comments": [
                (
                    "Giáo viên THCS",
                    datetime(2026, 11, 21, 20, 3),
                    "Chúc các thầy cô dự thi đạt kết quả cao!",
                )
            ],
        },
    ),
    Story(
        id=149,
        slug="truong-ptdtnt-tinh-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTNT tỉnh tổ chức Ngày hội văn hóa các dân tộc",
        cat="5",
        published_at="2026-11-17",
        summary=(
            "Ngày hội là dịp để học sinh các dân tộc Tày, Nùng, Mông, Dao, Sán Chỉ, Lô Lô giới"
            " thiệu nét đẹp văn hóa truyền thống của dân tộc mình với bạn bè, thầy cô."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chiều 16/11, Trường Phổ thông Dân tộc nội trú tỉnh tổ chức Ngày hội văn hóa các"
                " dân tộc năm 2026 với sự tham gia của hơn 500 học sinh. Mỗi lớp dựng một gian"
                " trưng bày nông cụ, trang phục, ẩm thực truyền thống và thuyết minh bằng cả tiếng"
                " dân tộc và tiếng Việt."
            ),
            Img(
                _img("ngay-hoi-van-hoa-ptdtnt-1", 398, W149),
                "Học sinh dân tộc Mông trình diễn trang phục truyền thống",
                "Học sinh dân tộc Mông trình diễn trang phục truyền thống",
                "dl:398",
            ),
            P(
                "Bên cạnh phần trưng bày, ngày hội còn có các trò chơi dân gian như ném còn, đẩy"
                " gậy, kéo co, đánh quay và hội thi gói bánh chưng, làm bánh khảo. Tiết mục hát"
                " then, đàn tính của học sinh lớp 11A1 được đông đảo khán giả cổ vũ."
            ),
            Raw('<p class="spip" style="text-align: right;"><em>Ảnh: Lục Thị Thu</em></p>'),
            Raw(
                '<p class="spip" style="text-align: right;"><em>Nguồn: Trường PTDTNT tỉnh Cao'
                " Bằng</em></p>"
            ),
            Img(_thumb("ngay-hoi-van-hoa-ptdtnt-2", 399, W149), None, None, "folio:399"),
            Img(_thumb("ngay-hoi-van-hoa-ptdtnt-3", 400, W149), None, None, "folio:400"),
            Img(_thumb("ngay-hoi-van-hoa-ptdtnt-4", 401, W149), None, None, "folio:401"),
        ],
        photographers=["Lục Thị Thu"],
        source="Trường PTDTNT tỉnh Cao Bằng",
        opts={"when": W149, "auteurs": [1], "mots": [17]},
    ),
    Story(
        id=147,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        cat="5",
        published_at="2026-11-13",
        summary=(
            "Trong hai ngày 11 và 12/11, hơn 300 cán bộ quản lý, nhân viên văn thư, kế toán các"
            " trường mầm non, phổ thông trên địa bàn tỉnh được tập huấn sử dụng hồ sơ điện tử và"
            " hệ thống quản lý trường học dùng chung."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các học viên được hướng dẫn lập, ký số và lưu trữ hồ sơ điện tử (sổ điểm, học bạ,"
                " sổ đăng bộ), khai thác cơ sở dữ liệu ngành và kết nối với cơ sở dữ liệu quốc gia"
                " về dân cư để xác thực thông tin học sinh."
            ),
            Img(_img("DSC_0457", 390, W147), "DSC_0457", None, "dl:390"),
            P(
                "Theo kế hoạch, từ học kỳ II năm học 2026 - 2027, 100% trường THCS và THPT sử dụng"
                " học bạ số; các trường tiểu học, mầm non hoàn thành việc số hóa hồ sơ trước ngày"
                " 31/5/2027."
            ),
            PS,
            P(
                "Tài liệu tập huấn và hướng dẫn sử dụng phần mềm được đăng tải tại mục Tài liệu"
                " đính kèm dưới đây để các đơn vị tiện tra cứu.",
                "ps",
            ),
        ],
        authors=["Đàm Thị Mai", "Lục Văn Tùng"],
        opts={
            "when": W147,
            "auteurs": [7, 6],
            "mots": [14],
            "docs": [
                (
                    "IMG/pdf/tai-lieu-tap-huan-ho-so-dien-tu-2026.pdf",
                    "Tài liệu tập huấn hồ sơ điện tử",
                    "2.4 MB",
                ),
                (
                    "IMG/pdf/huong-dan-su-dung-csdl-nganh.pdf",
                    "Hướng dẫn sử dụng cơ sở dữ liệu ngành",
                    "845.3 KB",
                ),
            ],
        },
    ),
    Story(
        id=144,
        slug="ra-quan-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
        title="Ngành Giáo dục ra quân hưởng ứng Tháng hành động vì bình đẳng giới",
        cat="5",
        published_at="2026-11-09",
        blocks=[
            P(
                "Ngày 8/11, Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn tổ chức lễ ra quân hưởng"
                " ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ"
                " sở giới năm 2026 với chủ đề “Chung tay vì trường học an toàn, bình đẳng”."
            ),
            P(
                "Trong tháng hành động, các trường tổ chức sinh hoạt dưới cờ, diễn đàn học sinh,"
                " thi vẽ tranh và sân khấu hóa về phòng chống xâm hại, bạo lực học đường; tư vấn"
                " tâm lý cho học sinh nữ ở các trường nội trú, bán trú."
            ),
            Img(
                _img("ra-quan-binh-dang-gioi", 384, W144),
                "Học sinh diễu hành cổ động tại lễ ra quân",
                "Học sinh diễu hành cổ động tại lễ ra quân",
                "dl:384",
            ),
            P(
                "Sở đề nghị các đơn vị lồng ghép nội dung bình đẳng giới vào các môn học và hoạt"
                " động trải nghiệm, bảo đảm mỗi trường có ít nhất một tổ tư vấn học đường hoạt"
                " động thường xuyên."
            ),
        ],
        authors=["Hoàng Văn Đức"],
        opts={"when": W144, "auteurs": [8], "mots": []},
    ),
    Story(
        id=139,
        slug="hoc-sinh-cao-bang-dat-giai-cuoc-thi-hung-bien-tieng-phap",
        title="Học sinh Cao Bằng đạt giải cuộc thi hùng biện tiếng Pháp khu vực phía Bắc",
        cat="5",
        published_at="2026-11-03",
        summary=(
            "Hai học sinh lớp song ngữ Trường THPT Chuyên Cao Bằng vừa giành giải Nhì và giải"
            " Khuyến khích tại cuộc thi hùng biện tiếng Pháp dành cho học sinh THPT khu vực phía"
            " Bắc năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cuộc thi do Đại sứ quán Pháp phối hợp với Trung tâm Pháp ngữ Hà Nội tổ chức từ"
                " ngày 30/10 đến ngày 01/11/2026, thu hút 64 thí sinh đến từ 15 tỉnh, thành phố."
                " Chủ đề năm nay là “Trường học của tương lai”."
            ),
            Img(
                _img("hung-bien-tieng-phap", 377, W139),
                "Em Đàm Ngọc Ánh (giữa) nhận giải Nhì cuộc thi",
                "Em Đàm Ngọc Ánh (giữa) nhận giải Nhì cuộc thi",
                "dl:377",
            ),
            P(
                "Em Đàm Ngọc Ánh, lớp 12 Song ngữ, đạt giải Nhì với bài hùng biện về trường học"
                " xanh ở vùng cao; em Hoàng Minh Đức, lớp 11 Song ngữ, đạt giải Khuyến khích. Đây"
                " là năm thứ ba liên tiếp học sinh Cao Bằng có giải tại cuộc thi, đúng mục tiêu"
                " của đề án dạy học ngoại ngữ giai đoạn 2025 - 2030 [1], và là kết quả đáng ghi"
                " nhận của chương trình song ngữ.",
                "fn",
            ),
            PS,
            Raw("<p><strong>Bài và ảnh: Đinh Quang Vinh</strong></p>"),
            P(
                "[1] Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân trên địa bàn tỉnh"
                " Cao Bằng giai đoạn 2025 - 2030, ban hành kèm theo Quyết định của Ủy ban nhân dân"
                " tỉnh.",
                "note",
            ),
        ],
        authors=["Đinh Quang Vinh"],
        photographers=["Đinh Quang Vinh"],
        opts={"when": W139, "auteurs": [9], "mots": [12, 15]},
    ),
    Story(
        id=136,
        slug="khai-mac-hoi-khoe-phu-dong-cap-tinh-lan-thu-xii",
        title="Khai mạc Hội khỏe Phù Đổng cấp tỉnh lần thứ XII",
        cat="5",
        published_at="2026-10-28",
        summary=(
            "Hơn 1.200 vận động viên là học sinh các trường phổ thông tranh tài ở 9 môn thể thao"
            " tại Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XII năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tối 27/10, tại Sân vận động tỉnh, Ban tổ chức đã khai mạc Hội khỏe Phù Đổng cấp"
                " tỉnh lần thứ XII. Các vận động viên thi đấu các môn điền kinh, bóng đá, bóng"
                " chuyền, cầu lông, bóng bàn, cờ vua, bơi, võ cổ truyền và đẩy gậy."
            ),
            Img(
                _img("khai-mac-hkpd-1", 370, W136),
                "Màn đồng diễn thể dục của học sinh các trường tiểu học",
                "Màn đồng diễn thể dục của học sinh các trường tiểu học",
                "dl:370",
            ),
            P(
                "Hội khỏe Phù Đổng là hoạt động thể thao lớn nhất của học sinh toàn tỉnh, được"
                " tổ chức 4 năm một lần, nhằm tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng"
                " toàn quốc năm 2028."
            ),
            Img(
                _img("khai-mac-hkpd-2", 371, W136),
                "Thi đấu môn đẩy gậy, nội dung nam lứa tuổi THCS",
                "Thi đấu môn đẩy gậy, nội dung nam lứa tuổi THCS",
                "dl:371",
            ),
            P(
                "Các môn thi đấu diễn ra đến hết ngày 05/11/2026 tại 6 địa điểm thuộc phường"
                " Thục Phán và phường Tân Giang."
            ),
            Raw(
                '<p class="spip" style="text-align: right;"><strong>Tin: Hà Thu - Ảnh: Minh'
                " Khôi</strong></p>"
            ),
        ],
        authors=["Hà Thu"],
        photographers=["Minh Khôi"],
        opts={"when": W136, "auteurs": [3], "mots": [18]},
    ),
    Story(
        id=132,
        slug="tap-huan-giao-vien-day-tieng-phap-theo-chuong-trinh-2018",
        title="Tập huấn giáo viên dạy tiếng Pháp theo Chương trình giáo dục phổ thông 2018",
        cat="5",
        published_at="2026-10-21",
        blocks=[
            P(
                "Từ ngày 19 đến 21/10, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn phương pháp dạy"
                " học tiếng Pháp (Ngoại ngữ 2) theo Chương trình giáo dục phổ thông 2018 cho 24"
                " giáo viên tiếng Pháp các trường THCS, THPT."
            ),
            P("Nội dung tập huấn", "h3"),
            P(
                "Xây dựng kế hoạch dạy học môn Ngoại ngữ 2 theo định hướng phát triển năng lực;",
                "li",
            ),
            P("Thiết kế hoạt động giao tiếp và trò chơi ngôn ngữ trên lớp;", "li"),
            P("Kiểm tra, đánh giá theo khung năng lực ngoại ngữ 6 bậc.", "li"),
            P("Báo cáo viên", "h3"),
            P(
                "Lớp tập huấn do các chuyên gia của Trung tâm Pháp ngữ Hà Nội và giảng viên Trường"
                " Đại học Sư phạm - Đại học Thái Nguyên trực tiếp hướng dẫn. Cuối khóa, học viên"
                " thực hành soạn và dạy thử một tiết học theo nhóm."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"when": W132, "auteurs": [10], "mots": [12]},
    ),
    Story(
        id=127,
        slug="nganh-giao-duc-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Ngành Giáo dục Cao Bằng hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="5",
        published_at="2026-10-05",
        summary=(
            "Tuần lễ học tập suốt đời năm 2026 diễn ra từ ngày 01 đến 07/10 với chủ đề “Học tập"
            " suốt đời trong kỷ nguyên số”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hưởng ứng Tuần lễ, các trung tâm học tập cộng đồng ở 56 xã, phường mở lớp tin học"
                " cơ bản, lớp kỹ năng sử dụng điện thoại thông minh và dịch vụ công trực tuyến cho"
                " người dân; thư viện các trường mở cửa đón bạn đọc vào buổi tối."
            ),
            Img(
                _img("tuan-le-hoc-tap-suot-doi", 361, W127),
                "Lớp kỹ năng số cho người dân tại xã Quảng Uyên",
                "Lớp kỹ năng số cho người dân tại xã Quảng Uyên",
                "dl:361",
            ),
            P(
                "Đến nay, toàn tỉnh có 98% trung tâm học tập cộng đồng hoạt động hiệu quả; phong"
                " trào xây dựng “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” được"
                " duy trì ở các xóm, tổ dân phố."
            ),
            Raw('<p class="spip" style="text-align: right;"><em>Nguồn: Báo Cao Bằng</em></p>'),
        ],
        authors=["Đàm Thị Mai"],
        source="Báo Cao Bằng",
        opts={"when": W127, "auteurs": [7], "mots": [], "entities": 2},
    ),
    Story(
        id=150,
        slug="ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="4",
        published_at="2026-11-18T15:30:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 được tổ chức trong"
            " hai ngày 09 và 10/12/2026 tại Trường THPT Chuyên Cao Bằng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi gồm 11 môn: Toán, Vật lý, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử,"
                " Địa lý, Tiếng Anh, Tiếng Pháp và Giáo dục kinh tế và pháp luật. Mỗi đơn vị được"
                " đăng ký tối đa 6 thí sinh một môn."
            ),
            P("Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12", "cap"),
            P("Ngày thi | Buổi | Nội dung | Thời gian", "th"),
            P("08/12/2026 | Chiều | Khai mạc, phổ biến quy chế | 14 giờ 00", "tr"),
            P("09/12/2026 | Sáng | Thi viết các môn | 180 phút", "tr"),
            P("10/12/2026 | Sáng | Thi nói môn Tiếng Anh, Tiếng Pháp | 15 phút/thí sinh", "tr"),
            P(
                "Các đơn vị gửi danh sách thí sinh dự thi về Phòng Khảo thí và Kiểm định chất"
                " lượng giáo dục qua hệ thống quản lý văn bản trước ngày 28/11/2026."
            ),
            Raw(
                '<p class="spip" style="text-align: right;"><strong>Phòng Khảo thí và KĐCLGD'
                "</strong></p>"
            ),
        ],
        authors=["Phòng Khảo thí và KĐCLGD"],
        opts={
            "when": W150,
            "modified": datetime(2026, 11, 19, 8, 5),
            "auteurs": [1],
            "mots": [15],
            "docs": [
                ("IMG/pdf/kh-thi-hsg-lop-12-2026-2027.pdf", "Kế hoạch số 412/KH-SGDĐT", "318.6 KB")
            ],
        },
    ),
    Story(
        id=138,
        slug="truong-thcs-hoa-chung-dat-kiem-dinh-chat-luong-cap-do-3",
        title="Trường THCS Hòa Chung đạt kiểm định chất lượng giáo dục cấp độ 3",
        cat="4",
        published_at="2026-10-30T08:00:00+07:00",
        summary=(
            "Đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo đã công nhận Trường THCS Hòa Chung"
            " đạt kiểm định chất lượng giáo dục cấp độ 3 và chuẩn quốc gia mức độ 2."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Từ ngày 26 đến 28/10, đoàn đánh giá ngoài đã nghiên cứu hồ sơ, khảo sát thực tế"
                " cơ sở vật chất, dự giờ 12 tiết học và phỏng vấn cán bộ, giáo viên, học sinh, cha"
                " mẹ học sinh của nhà trường."
            ),
            Img(
                _img("danh-gia-ngoai-thcs-hoa-chung", 365, W138),
                "Đoàn đánh giá ngoài khảo sát phòng học bộ môn",
                "Đoàn đánh giá ngoài khảo sát phòng học bộ môn",
                "dl:365",
            ),
            P(
                "Nhà trường đạt 25/25 tiêu chí mức 3; đoàn khuyến nghị trường tiếp tục đầu tư thư"
                " viện điện tử và nâng tỷ lệ giáo viên trên chuẩn trong giai đoạn 2027 - 2031."
            ),
        ],
        authors=["Nông Văn Lâm"],
        opts={
            "when": W138,
            "modified": datetime(2026, 11, 2, 10, 12),
            "auteurs": [11],
            "mots": [16],
            "nfd": True,
        },
    ),
    Story(
        id=153,
        slug="thong-bao-tuyen-sinh-lop-song-ngu-tieng-phap-nam-hoc-2027-2028",
        title="Thông báo tuyển sinh lớp song ngữ tiếng Pháp năm học 2027 - 2028",
        cat="3",
        published_at="2026-11-23T14:20:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển sinh 2 lớp 10 song ngữ tiếng Pháp tại"
                " Trường THPT Chuyên Cao Bằng năm học 2027 - 2028 như sau:"
            ),
            P("Đối tượng: học sinh tốt nghiệp THCS năm 2027 trên địa bàn tỉnh;", "li"),
            P("Chỉ tiêu: 70 học sinh;", "li"),
            P("Hình thức: xét tuyển kết hợp kiểm tra năng lực tiếng Pháp và Toán.", "li"),
            P(
                "Hồ sơ đăng ký nộp tại Trường THPT Chuyên Cao Bằng từ ngày 01/3 đến ngày"
                " 31/3/2027. Chi tiết xem tại văn bản đính kèm."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": W153,
            "modified": datetime(2026, 11, 23, 14, 20),
            "auteurs": [3],
            "mots": [12],
            "docs": [
                (
                    "IMG/pdf/tb-tuyen-sinh-song-ngu-2027.pdf",
                    "Thông báo số 2415/TB-SGDĐT",
                    "205.1 KB",
                )
            ],
        },
    ),
    Story(
        id=45,
        slug="breve45",
        title="Lịch nghỉ Tết Dương lịch năm 2027 đối với học sinh, giáo viên",
        cat="3",
        published_at="2026-11-21",
        blocks=[
            P(
                "Học sinh, giáo viên, nhân viên các cơ sở giáo dục trên địa bàn tỉnh được nghỉ Tết"
                " Dương lịch năm 2027 một ngày, thứ Sáu ngày 01/01/2027."
            ),
            P(
                "Các đơn vị bố trí lịch trực, bảo đảm an toàn trường học trong thời gian nghỉ và"
                " báo cáo tình hình về Văn phòng Sở trước 10 giờ ngày 02/01/2027."
            ),
        ],
        opts={"when": W45, "breve": True},
    ),
]

#: articles that are not news: standing pages, document entries, the virtual article, the empty brève
STANDING: dict[int, tuple[str, str, list[str]]] = {
    2: ("chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ", [
        "Sở Giáo dục và Đào tạo tỉnh Cao Bằng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, hướng dẫn về"
        " chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    ]),
    3: ("co-cau-to-chuc", "Cơ cấu tổ chức", [
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài"
        " chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Khảo thí và"
        " Kiểm định chất lượng giáo dục.",
    ]),
    4: ("lanh-dao-so", "Lãnh đạo Sở", [
        "Giám đốc Sở phụ trách chung, trực tiếp chỉ đạo công tác tổ chức cán bộ, kế hoạch - tài"
        " chính, thanh tra.",
        "Các Phó Giám đốc phụ trách các lĩnh vực giáo dục mầm non, phổ thông, khảo thí và giáo"
        " dục thường xuyên.",
    ]),
}  # fmt: skip


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    number: str
    abstract: str
    issued: date
    signer: str
    file: str
    size: str


DOCS: list[Doc] = [
    Doc(148, "cong-van-2398-sgddt-gdtrh", "2398/SGDĐT-GDTrH",
        "V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027", date(2026, 11, 16),
        "Hoàng Thị Lan", "IMG/pdf/2398-sgddt-gdtrh.pdf", "156.2 KB"),
    Doc(143, "quyet-dinh-1187-qd-sgddt", "1187/QĐ-SGDĐT",
        "Quyết định thành lập Ban tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ XII",
        date(2026, 11, 6), "Nguyễn Văn Thạch", "IMG/pdf/1187-qd-sgddt.pdf", "98.4 KB"),
    Doc(135, "ke-hoach-385-kh-sgddt", "385/KH-SGDĐT",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027",
        date(2026, 10, 26), "Hoàng Thị Lan", "IMG/pdf/385-kh-sgddt.pdf", "241.7 KB"),
]  # fmt: skip
VIRTUAL = (146, "thong-bao-tuyen-dung-vien-chuc-nam-2026", "Thông báo tuyển dụng viên chức năm 2026",
           datetime(2026, 11, 10, 9, 0), "IMG/pdf/tb-tuyen-dung-vien-chuc-2026.pdf")  # fmt: skip
EMPTY_BREVE = (44, "Công bố đáp án đề khảo sát chất lượng lớp 12 lần 1", datetime(2026, 11, 12, 16, 0),
               "https://caobang.edu.vn/dap-an-khao-sat-lop-12-lan-1", "Cổng thông tin ngành")  # fmt: skip

ARTICLES = [s for s in STORIES if not s.opts.get("breve")]
BREVES = [s for s in STORIES if s.opts.get("breve")]
_BY_ID = {s.id: s for s in ARTICLES}
_DOC_BY_ID = {d.id: d for d in DOCS}
PDFS = {f for s in STORIES for f, _, _ in s.opts.get("docs", [])} | {d.file for d in DOCS}
PDFS.add(VIRTUAL[4])


def rub_of(s: Story) -> int:
    return int(s.cat)


def arbo(s: Story) -> str:
    """The arbo URL path (``/tin-tuc/<slug>``)."""
    return f"/{RUBS[rub_of(s)][0]}/{s.slug}"


def spip_path(s: Story) -> str:
    return f"/spip.php?breve{s.id}" if s.opts.get("breve") else f"/spip.php?article{s.id}"


def canonical(s: Story) -> str:
    """What the site itself links: arbo for the new rubrique, ``spip.php?…`` for the old ones."""
    if s.opts.get("breve") or RUBS[rub_of(s)][2] == "old":
        return spip_path(s)
    return arbo(s)


def _with(path: str, query: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}{query}"


def alt_paths(s: Story) -> list[str]:
    if s.opts.get("breve"):
        bases = [spip_path(s)]
    else:
        bases = [canonical(s), arbo(s) if canonical(s) != arbo(s) else spip_path(s)]
    out = []
    for b in bases:
        out += [
            _with(b, "lang=fr"),
            _with(b, "var_mode=calcul"),
            _with(b, "lang=fr&var_mode=calcul"),
        ]
    out = [bases[1], *out] if len(bases) > 1 else out
    if not s.opts.get("breve"):
        out.append(f"/spip.php?page=imprimer&id_article={s.id}")
    return out


def in_rub(rub: int) -> list[Story]:
    return sorted(
        (s for s in ARTICLES if rub_of(s) == rub), key=lambda s: s.opts["when"], reverse=True
    )


def _without_table_captions(record: dict, story: Story) -> dict:
    """Harmonised with the project's convention (typo3_news_tct, wp_kadence_toc_thcs): a table's
    own caption (``<caption>``) names the table and is no line of the text; the rows are. This
    fixture's helper first wrote the caption line into the body."""
    captions = {b.text for b in story.blocks if isinstance(b, P) and b.style == "cap"}
    if captions:
        lines = [line for line in record["body"].split("\n\n") if line not in captions]
        record = {**record, "body": "\n\n".join(lines)}
    return record


GOLD: list[dict] = [
    _without_table_captions(
        gold_record(s, canonical(s), RUBS[rub_of(s)][1], alt_paths=alt_paths(s), image_page="/"), s
    )
    for s in STORIES
]

AGENDA = "/spip.php?page=agenda&mois=11&annee=2026"
NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc/",
    "/tin-tuc/?debut_articles=4",
    "/tin-tuc/?debut_articles=8",
    "/spip.php?rubrique3",
    "/spip.php?rubrique4",
    "/gioi-thieu/",
    *(f"/gioi-thieu/{slug}" for slug, _, _ in STANDING.values()),
    *(f"/van-ban-chi-dao/{d.slug}" for d in DOCS),
    f"/spip.php?breve{EMPTY_BREVE[0]}",
    *(f"/spip.php?mot{m}" for m in MOTS),
    *(f"/spip.php?auteur{a}" for a in (3, 5, 6, 7, 8, 10, 11)),
    "/spip.php?page=plan",
    "/spip.php?page=contact",
    "/spip.php?page=login&url=.%2F",
    "/spip.php?page=recherche&recherche=song+ng%E1%BB%AF",
    AGENDA,
    *(f"/spip.php?page=forum&id_article={s.id}" for s in ARTICLES[:3]),
    *(f"/spip.php?page=envoyer&id_article={s.id}" for s in ARTICLES[:3]),
]


# --------------------------------------------------------------------------- rendering


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _utc(d: datetime) -> str:
    return f"{d - UTC_SHIFT:%Y-%m-%dT%H:%M:%SZ}"


_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip


def _day(d: datetime | date, fr: bool = False) -> str:
    return f"{d.day} {_MONTHS_FR[d.month - 1]} {d.year}" if fr else f"{d:%d/%m/%Y}"


def _href(s: Story) -> str:
    """How the dist includes link an object: relative #URL_ARTICLE (arbo)."""
    if s.opts.get("breve"):
        return f"spip.php?breve{s.id}"
    return arbo(s)[1:]


def _old_href(s: Story) -> str:
    """How the old hand-written squelettes link it."""
    return spip_path(s)[1:]


def _site_href(s: Story) -> str:
    return _old_href(s) if canonical(s).startswith("/spip.php") else _href(s)


def _intro(s: Story, n: int = 220) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= n:
        return esc(first)
    return esc(first[:n].rsplit(" ", 1)[0]) + "&nbsp;(…)"


class Ctx:
    """One request as the squelettes see it: self URL, language, host."""

    def __init__(self, request: Request):
        self.path = request.path
        self.params = request.params
        self.fr = self.params.get("lang") == "fr"
        self.host = base_url(request)
        keep = [
            kv
            for kv in request.query.split("&")
            if kv and not kv.startswith(("lang=", "var_mode="))
        ]
        self.plain = request.path[1:] + (("?" + "&".join(keep)) if keep else "")
        self.self_ = request.target[1:]

    @property
    def deep(self) -> bool:
        return self.path.count("/") >= 2

    def L(self, vi: str, fr: str) -> str:  # SPIP's <:chaine:>
        return fr if self.fr else vi


def _lang_links(c: Ctx) -> str:
    vi = c.plain or "./"
    fr = _with(c.plain or "spip.php?page=sommaire", "lang=fr") if c.plain else "?lang=fr"
    on_vi = ' class="on"' if not c.fr else ""
    on_fr = ' class="on"' if c.fr else ""
    return (
        '<div class="menu_lang"><ul>'
        f'<li{on_vi}><a href="{esc(vi)}" hreflang="vi" rel="alternate" lang="vi">Tiếng Việt</a></li>'
        f'<li{on_fr}><a href="{esc(fr)}" hreflang="fr" rel="alternate" lang="fr">Français</a></li>'
        "</ul></div>"
    )


def _calcul(c: Ctx) -> str:
    target = c.self_ if "var_mode=" in c.self_ else _with(c.self_ or "./", "var_mode=calcul")
    if target.startswith("./?"):
        target = target[2:]
    return esc(target)


def _header(c: Ctx) -> str:
    login = "spip.php?page=login&url=" + quote(c.self_ or "./", safe="")
    return (
        '<div class="header" id="header">'
        '<div class="topbar clearfix">'
        f'<span class="ngay-hom-nay">{c.L(TODAY, TODAY_FR)}</span>'
        f"{_lang_links(c)}"
        f'<a class="lien-login" href="{esc(login)}" rel="nofollow">{c.L("Đăng nhập", "Se connecter")}</a>'
        "</div>"
        f'<a rel="start home" href="{c.host}/" title="{c.L("Trang chủ", "Accueil")}" class="accueil">'
        f'<img class="spip_logo spip_logos" alt="{esc(SITE)}" src="IMG/siteon0.png?1591234567" width="96" height="96" /></a>'
        f'<strong id="nom_site_spip" class="nom_site_spip">{SITE.upper()}</strong>'
        '<p id="slogan">Cổng thông tin điện tử ngành Giáo dục Cao Bằng</p>'
        '<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche">'
        '<form action="spip.php?page=recherche" method="get"><div>'
        '<input name="page" value="recherche" type="hidden" />'
        f'<label for="recherche">{c.L("Tìm kiếm:", "Rechercher :")}</label>'
        '<input type="search" class="search text" size="10" name="recherche" id="recherche" accesskey="4" autocapitalize="off" />'
        f'<input type="submit" class="submit" value="&gt;&gt;" title="{c.L("Tìm kiếm", "Rechercher")}" />'
        "</div></form></div>"
        "</div>"
    )


def _nav(c: Ctx, current: int | None) -> str:
    items = [f'<li class="menu-entree"><a href="{c.host}/">{c.L("Trang chủ", "Accueil")}</a></li>']
    for rid in MENU:
        slug, title, kind = RUBS[rid]
        href = f"{slug}/" if kind in ("new", "page", "doc") else f"spip.php?rubrique{rid}"
        on = " on" if rid == current else ""
        items.append(f'<li class="menu-entree item{on}"><a href="{href}">{title}</a></li>')
    items.append(
        f'<li class="menu-entree"><a href="spip.php?page=agenda">{c.L("Lịch công tác", "Agenda")}</a></li>'
    )
    items.append(
        f'<li class="menu-entree"><a href="spip.php?page=contact">{c.L("Liên hệ", "Contact")}</a></li>'
    )
    return f'<div class="nav clearfix" id="nav"><ul class="menu-liste menu-items">{"".join(items)}</ul></div>'


def _newest(n: int = 5) -> list[Story]:
    return sorted(ARTICLES, key=lambda s: s.opts["when"], reverse=True)[:n]


def _aside_common(c: Ctx) -> str:
    latest = "".join(
        f'<li><a href="{_old_href(s)}">{esc(s.title)}</a> <small class="date">({_day(s.opts["when"])})</small></li>'
        for s in _newest()
    )
    return (
        f'<div class="menu tin-moi"><h2>{c.L("Tin mới", "Derniers articles")}</h2><ul>{latest}</ul></div>'
        f'<div class="menu tim-nhieu"><h2>{c.L("Tìm nhiều", "Recherches fréquentes")}</h2><ul>'
        '<li><a href="spip.php?page=recherche&amp;recherche=song+ng%E1%BB%AF">song ngữ</a></li>'
        '<li><a href="spip.php?page=recherche&amp;recherche=tuy%E1%BB%83n+sinh">tuyển sinh</a></li>'
        "</ul></div>"
        '<div class="banniere"><a href="https://moet.gov.vn" class="spip_out" rel="external">'
        '<img src="IMG/jpg/banner-bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo" width="250" height="70" /></a>'
        '<a href="https://caobang.gov.vn" class="spip_out" rel="external">'
        '<img src="IMG/jpg/banner-ubnd-cao-bang.jpg" alt="Cổng TTĐT tỉnh Cao Bằng" width="250" height="70" /></a>'
        '<a href="https://www.auf.org" class="spip_out" rel="external">'
        '<img src="IMG/png/banner-auf.png" alt="AUF" width="250" height="70" /></a></div>'
        f'<div class="menu thong-ke"><h2>{c.L("Thống kê truy cập", "Statistiques")}</h2><ul>'
        "<li>Đang truy cập: <strong>27</strong></li><li>Hôm nay: <strong>1.184</strong></li>"
        "<li>Tổng lượt truy cập: <strong>3.906.215</strong></li></ul></div>"
    )


def _footer(c: Ctx) -> str:
    return (
        '<div class="footer clearfix" id="footer"><div class="colophon">'
        f"<p><strong>{SITE}</strong></p>"
        f"<p>Địa chỉ: {ADDRESS}</p>"
        f"<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        '</div><p class="generator">'
        f'<a href="spip.php?page=plan" rel="contents">{c.L("Sơ đồ trang", "Plan du site")}</a>'
        f' | <a href="spip.php?page=contact">{c.L("Liên hệ", "Contact")}</a>'
        f' | <a href="spip.php?page=backend" rel="alternate" title="RSS">RSS 2.0</a>'
        f' | <a href="{_calcul(c)}" rel="nofollow" class="recalcul">{c.L("Làm mới trang", "Recalculer cette page")}</a>'
        ' | <a href="http://www.spip.net/" rel="generator" title="Site réalisé avec SPIP" class="spip_out">'
        '<img src="squelettes-dist/spip.png" alt="SPIP" width="60" height="40" /></a>'
        "</p></div>"
    )


def _page(c: Ctx, title: str, content: str, aside: str, body_class: str, current: int | None,
          head: str = "") -> str:  # fmt: skip
    base = f'<base href="{c.host}/" />\n' if c.deep else ""
    lang = "fr" if c.fr else "vi"
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html dir="ltr" lang="{lang}" xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}" class="ltr {lang} no-js">\n'
        f"<head>\n{base}"
        "<script type='text/javascript'>/*<![CDATA[*/(function(H){H.className=H.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);/*]]>*/</script>\n"
        f"<title>{title} - {SITE}</title>\n{head}"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<meta name="generator" content="SPIP 3.2.11 [24473]" />\n'
        '<link rel="alternate" type="application/rss+xml" title="Đăng ký theo dõi toàn bộ trang" href="spip.php?page=backend" />\n'
        '<link rel="stylesheet" href="local/cache-css/sgddt-urlabs-4f1c.css?1763948100" type="text/css" />\n'
        '<script type="text/javascript" src="local/cache-js/jsdyn-socialtags_js-a81c.js?1763948100"></script>\n'
        "</head>\n"
        f'<body class="pas_surlignable {body_class}">\n<div class="page">\n'
        f"{_header(c)}\n{_nav(c, current)}\n"
        '<div class="main">\n<div class="wrapper hfeed">\n<div class="content hentry" id="content">\n'
        f"{content}\n</div><!--.content-->\n</div><!--.wrapper-->\n"
        f'<div class="aside">\n{aside}{_aside_common(c)}\n</div><!--.aside-->\n</div><!--.main-->\n'
        f"{_footer(c)}\n</div><!--.page-->\n</body>\n</html>\n"
    )


def _arbo_crumbs(c: Ctx, rid: int | None, last: str) -> str:
    parts = [f'<a href="{c.host}/">{c.L("Trang chủ", "Accueil")}</a>']
    if rid is not None:
        slug, title, kind = RUBS[rid]
        href = f"{slug}/" if kind in ("new", "page", "doc") else f"spip.php?rubrique{rid}"
        parts.append(f'<a href="{href}">{title}</a>')
    return f'<p class="arbo">{" &gt; ".join(parts)} &gt; <strong class="on">{last}</strong></p>'


def _auteurs(s: Story) -> str:
    return ", ".join(
        f'<span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur{a}">{esc(AUTEURS[a])}</a></span>'
        for a in s.opts.get("auteurs", [])
    )


def _doc_img(img: Img, s: Story) -> str:
    kind, doc = img.style.split(":")
    full = "IMG/jpg/" + re.sub(r"-[0-9a-f]{4}\.jpg.*$", ".jpg", img.src.rsplit("/", 1)[1])
    tag = f"<img src='{esc(img.src)}' width='672' height='448' alt='' />"
    cls = f"spip_document_{doc} spip_documents spip_documents_center"
    if kind == "span":
        return f"<span class='{cls}'>{tag}</span>"
    inner = f'<dt><a href="{full}" type="image/jpeg" title="JPEG - 214.6 KB">{tag}</a></dt>'
    if kind == "dl":
        inner += (
            f"<dt class='crayon document-titre-{doc} spip_doc_titre' style='width:350px;'>"
            f"<strong>{_t(img.printed or '', s)}</strong></dt>"
        )
    elif kind == "dd":
        inner += (
            f"<dd class='crayon document-descriptif-{doc} spip_doc_descriptif' style='width:350px;'>"
            f"{_t(img.caption or '', s)}</dd>"
        )
    return f"<dl class='{cls}' style='width:672px;'>{inner}</dl>"


_NOTE_CALL = (
    '<span class="spip_note_ref">&nbsp;[<a href="#nb1" class="spip_note" rel="appendix"'
    ' title="{title}" id="nh1">1</a>]</span>'
)


def _texts(s: Story) -> tuple[str, str, str, str]:
    """The article's ``texte``, ``ps``, ``notes`` and portfolio markup, from its blocks."""
    out: dict[str, list[str]] = {"texte": [], "ps": [], "notes": [], "folio": []}
    where = "texte"
    table: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if items:
            lis = "".join(f"<li>{_t(i.text, s)}</li>" for i in items)
            out[where].append(f'<ul class="spip">{lis}</ul>')
            items.clear()
        if table:
            tid = f"id{s.id:x}a"
            cap = "".join(f"<caption>{_t(r.text, s)}</caption>" for r in table if r.style == "cap")
            head = "".join(
                "<thead><tr class='row_first'>"
                + "".join(f"<th id='{tid}_c{i}'>{_t(x, s)}</th>" for i, x in enumerate(r.text.split(" | ")))
                + "</tr></thead>"
                for r in table if r.style == "th"
            )  # fmt: skip
            rows = "".join(
                f"<tr class='row_{'odd odd' if n % 2 == 0 else 'even even'}'>"
                + "".join(f"<td headers='{tid}_c{i}'>{_t(x, s)}</td>" for i, x in enumerate(r.text.split(" | ")))
                + "</tr>"
                for n, r in enumerate(r for r in table if r.style == "tr")
            )  # fmt: skip
            out[where].append(
                f'<table class="spip">\n{cap}\n{head}\n<tbody>{rows}</tbody>\n</table>'
            )
            table.clear()

    for b in s.blocks:
        if isinstance(b, Raw) and b is PS:
            flush()
            where = "ps"
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        if isinstance(b, P) and b.style in ("cap", "th", "tr"):
            table.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out[where].append(b.html)
        elif isinstance(b, Img):
            if b.style.startswith("folio"):
                doc = b.style.split(":")[1]
                full = "IMG/jpg/" + re.sub(r"-[0-9a-f]{4}\.jpg.*$", ".jpg", b.src.rsplit("/", 1)[1])
                out["folio"].append(
                    f'<a href="{full}" type="image/jpeg" rel="documents_portfolio-a{s.id}-r" '
                    f'title="JPEG - 187.2 KB" class="spip_doc_lien"><img src="{esc(b.src)}" '
                    f'width="150" height="100" alt="" class="spip_logos" data-doc="{doc}" /></a>'
                )
            else:
                out[where].append(_doc_img(b, s))
        elif b.style == "b":
            out[where].append(f'<p class="spip"><strong>{_t(b.text, s)}</strong></p>')
        elif b.style == "h3":
            out[where].append(f'<h3 class="spip">{_t(b.text, s)}</h3>')
        elif b.style == "fn":
            call = _NOTE_CALL.format(
                title=esc(
                    next(x.text for x in s.blocks if isinstance(x, P) and x.style == "note")[4:60]
                )
            )
            out[where].append(f'<p class="spip">{_t(b.text, s).replace(" [1]", call)}</p>')
        elif b.style == "note":
            out["notes"].append(
                '<div id="nb1"><p><span class="spip_note_ref">[<a href="#nh1" class="spip_note"'
                f' title="Chú thích 1" rev="appendix">1</a>] </span>{_t(b.text[4:], s)}</p></div>'
            )
        else:
            out[where].append(f'<p class="spip">{_t(b.text, s)}</p>')
    flush()
    return tuple("\n".join(out[k]) for k in ("texte", "ps", "notes", "folio"))  # type: ignore[return-value]


def _docs_joints(c: Ctx, s: Story) -> str:
    docs = s.opts.get("docs", [])
    if not docs:
        return ""
    lis = "".join(
        f'<li><a href="{f}" type="application/pdf" class="spip_doc_lien">'
        f'<img src="prive/themes/spip/images/pdf-32.png" width="32" height="32" alt="" />'
        f"<strong>{esc(t)}</strong> <small>(PDF - {size})</small></a></li>"
        for f, t, size in docs
    )
    return (
        f'<div class="documents documents_joints"><h2>{c.L("Tài liệu đính kèm", "Documents joints")}</h2>'
        f'<ul class="spip">{lis}</ul></div>'
    )


def _comments(c: Ctx, s: Story) -> str:
    coms = s.opts.get("comments", [])
    if not coms:
        return ""
    lis = "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{s.id * 10 + i}">'
        f'<div class="forum-chapo"><strong class="forum-titre"><a href="#forum{s.id * 10 + i}">{esc(s.title[:40])}…</a></strong>'
        f"<small>{_day(when)} lúc {when:%H:%M}, bởi {esc(who)}</small></div>"
        f'<div class="forum-texte"><p>{esc(body)}</p></div></div></li>'
        for i, (who, when, body) in enumerate(coms)
    )
    return f'<div class="comments"><h2 class="h2">{c.L("Ý kiến bạn đọc", "Messages")}</h2><ul class="comments-items">{lis}</ul></div>'


def _tools(c: Ctx, s: Story) -> str:
    return (
        '<div class="cong-cu">'
        f'<a href="spip.php?page=imprimer&amp;id_article={s.id}" rel="nofollow" class="imprimer">{c.L("Bản in", "Version imprimable")}</a>'
        f' | <a href="spip.php?page=envoyer&amp;id_article={s.id}" rel="nofollow" class="envoyer">{c.L("Gửi bài này", "Envoyer cet article")}</a>'
        ' | <a href="https://www.facebook.com/sharer/sharer.php?u=" class="spip_out share">Facebook</a>'
        ' | <a href="https://zalo.me/share" class="spip_out share">Zalo</a>'
        "</div>"
    )


def _forum(c: Ctx, s: Story) -> str:
    return (
        f'<div class="forum"><a href="spip.php?page=forum&amp;id_article={s.id}" rel="nofollow">'
        f"{c.L('Gửi ý kiến', 'Répondre à cet article')}</a></div>"
    )


def _mots(c: Ctx, s: Story) -> str:
    mots = s.opts.get("mots", [])
    if not mots:
        return ""
    lis = "".join(f'<li><a href="spip.php?mot{m}" rel="tag">{MOTS[m]}</a></li>' for m in mots)
    return f'<div class="menu mots"><h2>{c.L("Từ khóa", "Mots-clés")}</h2><ul>{lis}</ul></div>'


def _same_rub(c: Ctx, s: Story) -> str:
    others = [o for o in in_rub(rub_of(s)) if o.id != s.id][:5]
    if not others:
        return ""
    lis = "".join(
        f'<li><a href="{_href(o)}">{esc(o.title)}</a> <small>{_day(o.opts["when"])}</small></li>'
        for o in others
    )
    return f'<div class="menu meme-rubrique"><h2>{c.L("Cùng chuyên mục", "Dans la même rubrique")}</h2><ul>{lis}</ul></div>'


def _article_new(c: Ctx, s: Story) -> str:
    rid = rub_of(s)
    w = s.opts["when"]
    texte, ps, notes, folio = _texts(s)
    chapo = (
        f'<div class="crayon article-chapo-{s.id} chapo surlignable"><p>{_t(s.summary, s)}</p></div>'
        if s.sapo_outside and s.summary
        else ""
    )
    content = (
        _arbo_crumbs(c, rid, esc(s.title))
        + '\n<div class="cartouche clearfix">'
        + f'<h1 class="h1 crayon article-titre-{s.id} titre entry-title">{_t(s.title, s)}</h1>'
        + f'<p class="info-publi">{c.L("Đăng ngày", "Publié le")} <abbr class="published" title="{_utc(w)}">{_day(w, c.fr)}</abbr>'
        + (f'<span class="sep">, </span><span class="auteurs">{c.L("bởi", "par")} {_auteurs(s)}</span>' if s.opts.get("auteurs") else "")
        + "</p>"
        + _tools(c, s)
        + "</div>\n"
        + chapo
        + (f'\n<div class="crayon article-texte-{s.id} texte surlignable clearfix">{texte}</div>' if texte else "")
        + (f'\n<div class="crayon article-ps-{s.id} ps surlignable"><hr />{ps}</div>' if ps else "")
        + (f'\n<div class="notes"><hr />{notes}</div>' if notes else "")
        + (f'\n<div class="documents documents_portfolio"><h2>{c.L("Album ảnh", "Portfolio")}</h2>{folio}</div>' if folio else "")
        + _docs_joints(c, s)
        + "\n"
        + _forum(c, s)
        + _comments(c, s)
    )  # fmt: skip
    head = (
        f'<meta name="description" content="{_intro(s, 150)}" />\n'
        f'<link rel="canonical" href="{c.host}{arbo(s)}" />\n'
    )
    aside = _same_rub(c, s) + _mots(c, s)
    return _page(c, esc(s.title), content, aside, "page_article", rid, head)


def _article_old(c: Ctx, s: Story) -> str:
    rid = rub_of(s)
    w = s.opts["when"]
    mod = s.opts["modified"]
    texte, ps, notes, _folio = _texts(s)
    views = s.views()
    others = "".join(
        f'<li><a href="{_old_href(o)}">{esc(o.title)}</a> ({_day(o.opts["when"])})</li>'
        for o in in_rub(rid)
        if o.id != s.id
    )
    title = RUBS[rid][1]
    content = (
        f'<div id="noidung"><div class="duongdan"><a href="{c.host}/">Trang chủ</a> &raquo; '
        f'<a href="spip.php?rubrique{rid}">{title}</a></div>'
        f'<div class="tieude"><h1 class="crayon article-titre-{s.id} h1">{_t(s.title, s)}</h1></div>'
        f'<div class="ngaydang">Đăng ngày: <abbr class="published" title="{_utc(w)}">{w:%d/%m/%Y %H:%M}</abbr>'
        f' | Cập nhật: <abbr class="modified" title="{_utc(mod)}">{mod:%d/%m/%Y %H:%M}</abbr>'
        f" | Lượt xem: {views}</div>"
        + (f'<div class="crayon article-chapo-{s.id} chapo"><p>{_t(s.summary, s)}</p></div>' if s.sapo_outside and s.summary else "")
        + f'<div class="crayon article-texte-{s.id} texte">{texte}</div>'
        + (f'<div class="crayon article-ps-{s.id} ps">{ps}</div>' if ps else "")
        + (f'<div class="notes">{notes}</div>' if notes else "")
        + f'<div class="tacgia">Tác giả: {_auteurs(s)}</div>'
        + _docs_joints(c, s)
        + '<div class="tienich">'
        f'<a href="spip.php?page=imprimer&amp;id_article={s.id}" rel="nofollow">Bản in</a>'
        f' | <a href="spip.php?page=envoyer&amp;id_article={s.id}" rel="nofollow">Gửi bài này</a>'
        ' | <a href="#header">Về đầu trang</a></div>'
        + _forum(c, s)
        + (f'<div class="cac-tin-khac"><h3>Các tin khác</h3><ul>{others}</ul></div>' if others else "")
        + "</div>"
    )  # fmt: skip
    aside = _same_rub(c, s) + _mots(c, s)
    return _page(c, esc(s.title), content, aside, f"page_article rubrique{rid}", rid)


def _breve(c: Ctx, b: Story) -> str:
    w = b.opts["when"]
    texte, _, _, _ = _texts(b)
    content = (
        _arbo_crumbs(c, 3, esc(b.title))
        + '<div class="cartouche clearfix">'
        + f'<h1 class="h1 crayon breve-titre-{b.id} titre entry-title">{_t(b.title, b)}</h1>'
        + f'<p class="info-publi"><abbr class="published" title="{_utc(w)}">{_day(w, c.fr)}</abbr></p></div>'
        + f'<div class="crayon breve-texte-{b.id} texte surlignable clearfix">{texte}</div>'
        + f'<div class="forum"><a href="spip.php?page=forum&amp;id_breve={b.id}" rel="nofollow">{c.L("Gửi ý kiến", "Répondre à cette brève")}</a></div>'
    )  # fmt: skip
    return _page(c, esc(b.title), content, _breves_box(c), "page_breve", 3)


def _empty_breve(c: Ctx) -> str:
    bid, title, w, url, name = EMPTY_BREVE
    content = (
        _arbo_crumbs(c, 3, esc(title))
        + '<div class="cartouche clearfix">'
        + f'<h1 class="h1 crayon breve-titre-{bid} titre entry-title">{esc(title)}</h1>'
        + f'<p class="info-publi"><abbr class="published" title="{_utc(w)}">{_day(w, c.fr)}</abbr></p></div>'
        + f'<hr /><p class="hyperlien">{c.L("Xem trực tuyến", "Voir en ligne")} : <a href="{url}" class="spip_out">{name}</a></p>'
    )  # fmt: skip
    return _page(c, esc(title), content, _breves_box(c), "page_breve", 3)


def _breves_box(c: Ctx) -> str:
    items = [(b.id, b.title, b.opts["when"]) for b in BREVES] + [EMPTY_BREVE[:3]]
    lis = "".join(
        f'<li><a href="spip.php?breve{i}">{esc(t)}</a> <small>{_day(w)}</small></li>'
        for i, t, w in sorted(items, key=lambda x: x[2], reverse=True)
    )
    return f'<div class="menu breves"><h2>{c.L("Tin vắn", "Brèves")}</h2><ul>{lis}</ul></div>'


def _standing(c: Ctx, aid: int) -> str:
    slug, title, paras = STANDING[aid]
    others = "".join(
        f'<li><a href="gioi-thieu/{sl}">{t}</a></li>'
        for n, (sl, t, _) in STANDING.items()
        if n != aid
    )
    content = (
        _arbo_crumbs(c, 1, title)
        + f'<div class="cartouche"><h1 class="h1 crayon article-titre-{aid}">{title}</h1></div>'
        + f'<div class="crayon article-texte-{aid} texte">'
        + "".join(f'<p class="spip">{esc(p)}</p>' for p in paras)
        + "</div>"
    )
    head = f'<link rel="canonical" href="{c.host}/gioi-thieu/{slug}" />\n'
    aside = f'<div class="menu"><h2>Giới thiệu</h2><ul>{others}</ul></div>'
    return _page(c, title, content, aside, "page_article rubrique1", 1, head)


def _doc_entry(c: Ctx, d: Doc) -> str:
    rows = [
        ("Số ký hiệu", d.number),
        ("Ngày ban hành", f"{d.issued:%d/%m/%Y}"),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", d.signer),
        ("Trích yếu", d.abstract),
    ]
    table = "".join(f'<tr><th scope="row">{k}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    content = (
        _arbo_crumbs(c, 6, esc(d.number))
        + f'<div class="cartouche"><h1 class="h1 crayon article-titre-{d.id}">{esc(d.abstract)}</h1></div>'
        + f'<table class="van-ban-thuoc-tinh">{table}</table>'
        + '<div class="documents documents_joints"><h2>Tệp văn bản</h2><ul class="spip">'
        + f'<li><a href="{d.file}" type="application/pdf" class="spip_doc_lien"><strong>{d.file.rsplit("/", 1)[1]}</strong>'
        + f" <small>(PDF - {d.size})</small></a></li></ul></div>"
    )  # fmt: skip
    head = f'<link rel="canonical" href="{c.host}/van-ban-chi-dao/{d.slug}" />\n'
    return _page(c, esc(d.abstract), content, "", "page_article rubrique6", 6, head)


def _pagination(c: Ctx, base: str, total: int, start: int) -> str:
    pages = (total + PER_PAGE - 1) // PER_PAGE
    if pages <= 1:
        return ""
    current = start // PER_PAGE
    parts = []
    for n in range(pages):
        if n == current:
            parts.append(f'<strong class="on">{n + 1}</strong>')
        else:
            href = esc(_with(base, f"debut_articles={n * PER_PAGE}")) + "#pagination_articles"
            parts.append(f"<a href='{href}' class='lien_pagination' rel='nofollow'>{n + 1}</a>")
    if current + 1 < pages:
        href = (
            esc(_with(base, f"debut_articles={(current + 1) * PER_PAGE}")) + "#pagination_articles"
        )
        parts.append(
            f"<a href='{href}' class='lien_pagination suivant' rel='next'>{c.L('Tiếp', 'Suivant')} &gt;</a>"
        )
    sep = '<span class="sep"> | </span>'
    return f'<p class="pagination">{c.L("Trang:", "Pages :")} <span class="pages">{sep.join(parts)}</span></p>'


def _list_items(c: Ctx, stories: list[Story], old: bool) -> str:
    lis = []
    for s in stories:
        href = _old_href(s) if old else _href(s)
        auth = f'<span class="sep">, </span><span class="auteurs">{c.L("bởi", "par")} {_auteurs(s)}</span>'
        lis.append(
            '<li class="item hentry">'
            f'<h3 class="h3 entry-title"><a href="{href}" rel="bookmark">{esc(s.title)}</a></h3>'
            f'<p class="info-publi"><abbr class="published" title="{_utc(s.opts["when"])}">{_day(s.opts["when"], c.fr)}</abbr>{auth}</p>'
            f'<div class="introduction entry-content"><p>{_intro(s)}</p></div></li>'
        )
    return f'<ul class="liste-items">{"".join(lis)}</ul>'


def _rubrique(c: Ctx, rid: int) -> str:
    slug, title, kind = RUBS[rid]
    try:
        start = max(int(c.params.get("debut_articles", "0") or 0), 0)
    except ValueError:
        start = 0
    extra = ""
    if kind in ("new", "old"):
        stories = in_rub(rid)
        base = f"{slug}/" if (kind == "new" and c.deep) else f"spip.php?rubrique{rid}"
        shown = stories[start : start + PER_PAGE]
        pager = _pagination(c, base, len(stories), start)
        body = (
            '<div class="liste articles"><a id="pagination_articles"></a>'
            f'<h2 class="h2">{c.L("Bài viết trong chuyên mục", "Articles de cette rubrique")}</h2>'
            f"{pager}{_list_items(c, shown, kind == 'old') if shown else ''}{pager}</div>"
        )
        if rid == 3 and not start:
            # the old rubrique also lists the virtual article (its chapeau "=IMG/pdf/…")
            vid, _vs, vtitle, vw, _vf = VIRTUAL
            virtual = (
                f'<li class="item hentry"><h3 class="h3 entry-title"><a href="spip.php?article{vid}"'
                f' rel="bookmark">{vtitle}</a></h3><p class="info-publi"><abbr class="published"'
                f' title="{_utc(vw)}">{_day(vw, c.fr)}</abbr></p></li>'
            )
            body = body.replace("</li></ul>", "</li>" + virtual + "</ul>", 1)
        if rid == 3:
            extra = _breves_box(c)
    elif kind == "doc":
        rows = "".join(
            f'<tr><td>{d.number}</td><td>{d.issued:%d/%m/%Y}</td><td><a href="van-ban-chi-dao/{d.slug}">{esc(d.abstract)}</a></td></tr>'
            for d in DOCS
        )
        body = (
            '<table class="spip van-ban"><thead><tr class="row_first"><th>Số ký hiệu</th><th>Ngày ban hành</th>'
            f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    else:
        body = "<ul class=\"liste-items\">" + "".join(
            f'<li class="item"><a href="gioi-thieu/{sl}">{t}</a></li>' for sl, t, _ in STANDING.values()
        ) + "</ul>"  # fmt: skip
    content = (
        _arbo_crumbs(c, None, title)
        + f'<div class="cartouche"><h1 class="h1 crayon rubrique-titre-{rid}">{title}</h1></div>'
        + body
    )
    return _page(c, title, content, extra, f"page_rubrique rubrique{rid}", rid)


def _home(c: Ctx) -> str:
    news = in_rub(5)
    slider = "".join(
        f'<li class="item"><a href="{_href(s)}"><img class="spip_logo spip_logos" src="IMG/arton{s.id}.jpg?{_stamp(s.opts["when"])}" width="300" height="200" alt="" /></a>'
        f'<h3><a href="{_href(s)}">{esc(s.title)}</a></h3><p>{_intro(s, 160)}</p></li>'
        for s in news[:3]
    )
    tb = "".join(
        f'<li><a href="{_old_href(s)}">{esc(s.title)}</a> <small>({_day(s.opts["when"])})</small></li>'
        for s in in_rub(3) + in_rub(4)
    )
    docs = "".join(
        f'<li><a href="van-ban-chi-dao/{d.slug}">{d.number}</a> - {esc(d.abstract)}</li>'
        for d in DOCS
    )
    content = (
        f'<div class="tin-noi-bat"><h2 class="h2">{c.L("Tin nổi bật", "À la une")}</h2><ul class="liste-items">{slider}</ul>'
        f'<p class="xem-them"><a href="tin-tuc/">{c.L("Xem thêm", "Plus")} &raquo;</a></p></div>'
        f'<div class="thong-bao"><h2 class="h2">Thông báo - Khảo thí</h2><ul>{tb}</ul></div>'
        f'<div class="van-ban-moi"><h2 class="h2">Văn bản mới</h2><ul>{docs}</ul></div>'
        f'<div class="lich-cong-tac"><a href="spip.php?page=agenda&amp;mois=11&amp;annee=2026">Lịch công tác tháng 11/2026</a></div>'
    )
    return _page(c, c.L("Trang chủ", "Accueil"), content, _breves_box(c), "page_sommaire", None)


def _plan(c: Ctx) -> str:
    blocks = []
    for rid in MENU:
        slug, title, kind = RUBS[rid]
        href = f"{slug}/" if kind in ("new", "page", "doc") else f"spip.php?rubrique{rid}"
        if kind == "page":
            items = [(f"gioi-thieu/{sl}", t) for sl, t, _ in STANDING.values()]
        elif kind == "doc":
            items = [(f"van-ban-chi-dao/{d.slug}", d.abstract) for d in DOCS]
        else:
            items = [(_href(s), s.title) for s in in_rub(rid)]
        lis = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in items)
        blocks.append(f'<li><a href="{href}"><strong>{title}</strong></a><ul>{lis}</ul></li>')
    content = (
        _arbo_crumbs(c, None, c.L("Sơ đồ trang", "Plan du site"))
        + f'<h1 class="h1">{c.L("Sơ đồ trang", "Plan du site")}</h1>'
        + f'<ul class="plan">{"".join(blocks)}</ul>'
        + _breves_box(c)
    )
    return _page(c, c.L("Sơ đồ trang", "Plan du site"), content, "", "page_plan", None)


def _listing_page(
    c: Ctx, title: str, stories: list[Story], body_class: str, intro: str = ""
) -> str:
    content = (
        _arbo_crumbs(c, None, esc(title))
        + f'<div class="cartouche"><h1 class="h1">{esc(title)}</h1></div>{intro}'
        + (_list_items(c, stories, True) if stories else f'<p class="vide">{c.L("Không có kết quả.", "Aucun résultat.")}</p>')
    )  # fmt: skip
    return _page(c, esc(title), content, "", body_class, None)


def _search(c: Ctx) -> str:
    q = c.params.get("recherche", "").strip().lower()
    hits = [
        s
        for s in ARTICLES
        if q and (q in s.title.lower() or any(q in p.lower() for p in s.paragraphs))
    ]
    hits.sort(key=lambda s: s.opts["when"], reverse=True)
    intro = f"<p>Kết quả tìm kiếm cho: <strong>{esc(q)}</strong> ({len(hits)})</p>"
    return _listing_page(c, c.L("Tìm kiếm", "Recherche"), hits, "page_recherche", intro)


def _agenda(c: Ctx) -> str:
    try:
        month, year = int(c.params.get("mois", "11")), int(c.params.get("annee", "2026"))
        if not (1 <= month <= 12 and 1 <= year <= 9999):
            raise ValueError
    except ValueError:
        month, year = 11, 2026
    prev_m, prev_y = (12, year - 1) if month == 1 else (month - 1, year)
    next_m, next_y = (1, year + 1) if month == 12 else (month + 1, year)
    nav = []
    if prev_y >= 1:
        nav.append(
            f'<a href="spip.php?page=agenda&amp;mois={prev_m}&amp;annee={prev_y}" class="prev">&laquo; {c.L("Tháng trước", "Mois précédent")}</a>'
        )
    if next_y <= 9999:
        nav.append(
            f'<a href="spip.php?page=agenda&amp;mois={next_m}&amp;annee={next_y}" class="next">{c.L("Tháng sau", "Mois suivant")} &raquo;</a>'
        )
    events = [s for s in ARTICLES if s.opts["when"].month == month and s.opts["when"].year == year]
    lis = "".join(
        f'<li class="evenement"><span class="date">{_day(s.opts["when"])}</span> <a href="{_site_href(s)}">{esc(s.title)}</a></li>'
        for s in sorted(events, key=lambda s: s.opts["when"])
    )
    first = date(year, month, 1)
    cells = "".join(f"<td>{d}</td>" for d in range(1, 29))
    content = (
        _arbo_crumbs(c, None, c.L("Lịch công tác", "Agenda"))
        + f'<h1 class="h1">{c.L("Lịch công tác", "Agenda")} {c.L("tháng", "")} {month:02d}/{year}</h1>'
        + f'<div class="calendrier-nav">{" | ".join(nav)}</div>'
        + f'<table class="calendrier" summary="{first:%m}/{year}"><tr>{cells}</tr></table>'
        + (f'<ul class="liste-evenements">{lis}</ul>' if lis else f'<p>{c.L("Không có sự kiện nào trong tháng này.", "Aucun événement ce mois-ci.")}</p>')
    )  # fmt: skip
    return _page(c, c.L("Lịch công tác", "Agenda"), content, "", "page_agenda", None)


def _form_page(c: Ctx, title: str, form: str, cls: str) -> str:
    content = _arbo_crumbs(c, None, esc(title)) + f'<h1 class="h1">{esc(title)}</h1>' + form
    return _page(c, esc(title), content, "", cls, None)


def _forum_page(c: Ctx, s: Story | None, breve: bool = False) -> str:
    title = s.title if s else ""
    form = (
        f'<p class="explication">{c.L("Bạn đang trả lời bài:", "Vous répondez à :")} <a href="{_site_href(s) if s else ""}">{esc(title)}</a></p>'
        '<div class="formulaire_spip formulaire_forum"><form action="spip.php?page=forum" method="post"><fieldset>'
        '<label for="titre">Tiêu đề</label><input type="text" name="titre" id="titre" class="text" />'
        '<label for="texte">Nội dung</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea>'
        '<label for="session_nom">Tên bạn</label><input type="text" name="session_nom" id="session_nom" class="text" />'
        '<label for="session_email">Email</label><input type="email" name="session_email" id="session_email" class="text" />'
        '</fieldset><p class="boutons"><input type="submit" class="submit" value="Xem trước" /></p></form></div>'
    )
    return _form_page(c, c.L("Gửi ý kiến", "Répondre"), form, "page_forum")


def _envoyer(c: Ctx, s: Story) -> str:
    form = (
        f"<p>Gửi bài “{esc(s.title)}” cho bạn bè.</p>"
        '<form action="spip.php?page=envoyer" method="post"><label>Email người nhận</label>'
        '<input type="email" name="email_destinataire" /><label>Lời nhắn</label><textarea name="message"></textarea>'
        '<input type="submit" value="Gửi" /></form>'
    )
    return _form_page(c, c.L("Gửi bài này", "Envoyer cet article"), form, "page_envoyer")


def _contact(c: Ctx) -> str:
    form = (
        f"<p>{SITE}<br />Địa chỉ: {ADDRESS}<br />Điện thoại: {PHONE} - Email: {EMAIL}</p>"
        '<div class="formulaire_spip formulaire_contact"><form action="spip.php?page=contact" method="post">'
        '<label>Họ tên</label><input type="text" name="nom" /><label>Email</label><input type="email" name="mail" />'
        '<label>Tiêu đề</label><input type="text" name="sujet" /><label>Nội dung</label><textarea name="texte"></textarea>'
        '<input type="submit" class="submit" value="Gửi" /></form></div>'
    )
    return _form_page(c, c.L("Liên hệ", "Contact"), form, "page_contact")


def _login(c: Ctx) -> str:
    """SPIP's login page: its own minimal squelette (no site header, menu or footer)."""
    back = c.params.get("url") or "./"
    return (
        '<!DOCTYPE html>\n<html lang="vi" class="ltr vi"><head><meta charset="utf-8" />'
        f"<title>Đăng nhập - {SITE}</title>"
        '<meta name="robots" content="noindex, nofollow" />'
        '<link rel="stylesheet" href="prive/spip_style.css" /></head>'
        '<body class="page_login"><div class="minipres"><h1>Đăng nhập</h1>'
        '<div class="formulaire_spip formulaire_login">'
        '<form id="formulaire_login" method="post" action="spip.php?page=login">'
        '<label for="var_login">Tên đăng nhập hoặc email</label>'
        '<input type="text" name="var_login" id="var_login" />'
        '<label for="password">Mật khẩu</label>'
        '<input type="password" name="password" id="password" />'
        '<input type="checkbox" name="session_remember" id="session_remember" value="oui" />'
        '<label for="session_remember">Ghi nhớ</label>'
        '<input type="submit" class="submit" value="Đăng nhập" /></form></div>'
        f'<p class="retour"><a href="{esc(back)}">Quay lại trang web</a></p>'
        f'<p class="generator"><a href="{c.host}/">{esc(SITE)}</a></p></div></body></html>'
    )


def _imprimer(c: Ctx, s: Story) -> str:
    w = s.opts["when"]
    texte, ps, notes, folio = _texts(s)
    shown = f"{w:%d/%m/%Y %H:%M}" if RUBS[rub_of(s)][2] == "old" else _day(w)
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8" />'
        f'<title>{esc(s.title)}</title><meta name="robots" content="noindex" />'
        '<link rel="stylesheet" href="squelettes/css/imprimer.css" media="print" /></head>'
        f'<body class="page_imprimer" onload="window.print()"><div class="imprimer">'
        f"<p class=\"site\">{SITE}</p>"
        f'<h1 class="titre">{_t(s.title, s)}</h1>'
        f'<p class="info-publi">Đăng ngày {shown}</p>'
        + (f'<div class="chapo"><p>{_t(s.summary, s)}</p></div>' if s.sapo_outside and s.summary else "")
        + f'<div class="texte">{texte}</div>'
        + (f'<div class="ps">{ps}</div>' if ps else "")
        + (f'<div class="notes">{notes}</div>' if notes else "")
        + (f'<div class="portfolio">{folio}</div>' if folio else "")
        + f'<p class="url">Địa chỉ bài viết: {c.host}{canonical(s)}</p>'
        "</div></body></html>"
    )  # fmt: skip


def _backend(c: Ctx) -> str:
    items = sorted(
        [(s.opts["when"], s.title, arbo(s), s) for s in ARTICLES]
        + [(datetime.combine(d.issued, datetime.min.time()).replace(hour=9), d.abstract, f"/van-ban-chi-dao/{d.slug}", None) for d in DOCS],
        key=lambda x: x[0],
        reverse=True,
    )[:10]  # fmt: skip
    out = []
    for w, title, path, s in items:
        creator = ", ".join(AUTEURS[a] for a in s.opts.get("auteurs", [])) if s else "admin"
        desc = esc(_intro(s, 300)) if s else ""
        out.append(
            f'<item xml:lang="vi"><title>{esc(title)}</title><link>{c.host}{path}</link>'
            f'<guid isPermaLink="true">{c.host}{path}</guid><dc:date>{_utc(w)}</dc:date>'
            f"<dc:format>text/html</dc:format><dc:language>vi</dc:language><dc:creator>{esc(creator)}</dc:creator>"
            f"<description>{desc}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        f'<channel xml:lang="vi"><title>{esc(SITE)}</title><link>{c.host}/</link><description></description>'
        f"<language>vi</language><generator>SPIP - www.spip.net</generator>{''.join(out)}</channel></rss>"
    )


def _sitemap(c: Ctx) -> str:
    urls = [f"{c.host}/"] + [f"{c.host}/{RUBS[r][0]}/" for r in MENU]
    urls += [f"{c.host}{arbo(s)}" for s in ARTICLES]
    urls += [f"{c.host}/gioi-thieu/{sl}" for sl, _, _ in STANDING.values()]
    urls += [f"{c.host}/van-ban-chi-dao/{d.slug}" for d in DOCS]
    body = "".join(f"<url><loc>{u}</loc><lastmod>2026-11-24</lastmod></url>" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    )


def _author_page(c: Ctx, aid: int) -> str:
    stories = sorted(
        (s for s in ARTICLES if aid in s.opts.get("auteurs", [])),
        key=lambda s: s.opts["when"],
        reverse=True,
    )
    return _listing_page(c, AUTEURS[aid], stories, "page_auteur")


def _mot_page(c: Ctx, mid: int) -> str:
    stories = sorted(
        (s for s in ARTICLES if mid in s.opts.get("mots", [])),
        key=lambda s: s.opts["when"],
        reverse=True,
    )
    return _listing_page(c, MOTS[mid], stories, "page_mot")


_ARBO_ARTICLES = {arbo(s): s for s in ARTICLES}
_ARBO_RUBS = {f"/{slug}/": rid for rid, (slug, _, _) in RUBS.items()}
_STANDING_BY_SLUG = {f"/gioi-thieu/{sl}": n for n, (sl, _, _) in STANDING.items()}
_DOC_BY_SLUG = {f"/van-ban-chi-dao/{d.slug}": d for d in DOCS}
_OBJ = re.compile(r"(article|rubrique|breve|mot|auteur)(\d+)$")


class SpipSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/IMG/", "/local/", "/squelettes", "/prive/", "/plugins")):
            if path.endswith(".pdf"):
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path[1:] in PDFS
                    else None
                )
            return static_file(path)
        if path == "/robots.txt":
            host = base_url(request)
            return Response(
                200,
                "User-agent: *\nDisallow: /local/\nDisallow: /ecrire/\nDisallow: /plugins-dist/\n"
                "Disallow: /plugins/\nDisallow: /prive/\nDisallow: /squelettes-dist/\nDisallow: /squelettes/\n\n"
                f"Sitemap: {host}/sitemap.xml\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/favicon.ico":
            return static_file(path)
        c = Ctx(request)
        if path == "/sitemap.xml":
            return Response(200, _sitemap(c), {"Content-Type": "application/xml; charset=utf-8"})
        if path == "/":
            return (
                html(_home(c))
                if not request.query or set(c.params) <= {"lang", "var_mode"}
                else None
            )
        if path in _ARBO_ARTICLES:
            return html(self._article(c, _ARBO_ARTICLES[path]))
        if path in _ARBO_RUBS:
            return html(_rubrique(c, _ARBO_RUBS[path]))
        if path + "/" in _ARBO_RUBS:
            return redirect(path + "/", 301)
        if path in _STANDING_BY_SLUG:
            return html(_standing(c, _STANDING_BY_SLUG[path]))
        if path in _DOC_BY_SLUG:
            return html(_doc_entry(c, _DOC_BY_SLUG[path]))
        if path == "/spip.php":
            return self._spip(c, request)
        return None

    @staticmethod
    def _article(c: Ctx, s: Story) -> str:
        return _article_old(c, s) if RUBS[rub_of(s)][2] == "old" else _article_new(c, s)

    def _spip(self, c: Ctx, request: Request) -> Response | None:
        first = unquote(request.query.split("&", 1)[0]) if request.query else ""
        page = c.params.get("page")
        if m := _OBJ.fullmatch(first):
            kind, n = m.group(1), int(m.group(2))
            if kind == "article":
                if n in _BY_ID:
                    return html(self._article(c, _BY_ID[n]))
                if n == VIRTUAL[0]:
                    return redirect(VIRTUAL[4], 302)
                if n in STANDING:
                    return html(_standing(c, n))
                if n in _DOC_BY_ID:
                    return html(_doc_entry(c, _DOC_BY_ID[n]))
                return None
            if kind == "rubrique":
                return html(_rubrique(c, n)) if n in RUBS else None
            if kind == "breve":
                b = next((x for x in BREVES if x.id == n), None)
                if b:
                    return html(_breve(c, b))
                return html(_empty_breve(c)) if n == EMPTY_BREVE[0] else None
            if kind == "mot":
                return html(_mot_page(c, n)) if n in MOTS else None
            if kind == "auteur":
                return html(_author_page(c, n)) if n in AUTEURS else None
        if page in (None, "", "sommaire"):
            return html(_home(c))
        if page == "plan":
            return html(_plan(c))
        if page == "contact":
            return html(_contact(c))
        if page == "login":
            return html(_login(c))
        if page == "recherche":
            return html(_search(c))
        if page == "agenda":
            return html(_agenda(c))
        if page == "backend":
            return Response(
                200, _backend(c), {"Content-Type": "application/rss+xml; charset=utf-8"}
            )
        if page in ("forum", "envoyer", "imprimer"):
            try:
                aid = int(c.params.get("id_article", ""))
            except ValueError:
                aid = 0
            s = _BY_ID.get(aid)
            if page == "forum":
                if "id_breve" in c.params:
                    return html(_forum_page(c, None, breve=True))
                return html(_forum_page(c, s)) if s else None
            if s is None:
                return None
            return html(_envoyer(c, s) if page == "envoyer" else _imprimer(c, s))
        return None


def build_site() -> SpipSite:
    return SpipSite()
