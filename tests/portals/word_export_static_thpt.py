"""A static school site kept since 2010 in Dreamweaver, articles uploaded as Word "Web Page" exports.

The platform
------------
Trường THPT Tam Đường (Lai Châu) has had the same site since 2010: one teacher keeps it with
Dreamweaver on a shared Apache host. The listing and static pages are instances of a Dreamweaver
template (``/Templates/main.dwt``): XHTML 1.0 tables, a banner, a menu pulled in from the library
item ``/Library/menu.lbi``, a left column "Liên kết" with a counter image, a footer with the school
address, and one editable region ``<!-- InstanceBeginEditable name="noidung" -->`` holding the
page's own content. Every article, though, is *not* in the template: the teacher (or the office)
writes it in Microsoft Word, saves it with "Save as: Web Page" (or "Web Page, Filtered") into a
dated folder and types a line for it into a listing page by hand. An article page is therefore the
raw Word export, with no menu, no breadcrumb, no category and no link anywhere.

What the portal serves
----------------------
- ``/index.htm`` (home; ``/`` answers the same page, Apache's DirectoryIndex): a welcome text, a
  "Tin mới" list of the three newest news items and a "Thông báo mới" list of two notices. One of
  its links was typed with literal spaces (``Mit tinh 20-11.htm``); a browser sends it as ``%20``.
- ``/tintuc.htm``, ``/tintuc2.htm``, ``/tintuc3.htm``: the news listing, hand-numbered pages, each
  entry a line "» Title (dd/mm/yyyy)" in a ``<ul>`` (pages 1 and 3) or a table (page 2), with
  "Trang: 1 2 3" typed at the bottom (page 1 is ``tintuc.htm``). Some entries also offer
  "[Tải bản Word]": the ``.doc`` original beside the ``.htm`` (``application/msword``).
  Page 3 lists the 2024-2025 articles (``/tintuc/2024/…``, ``/tintuc/2025/…``): only from there.
- ``/thongbao.htm``: the notices, one page, a table (STT | trích yếu with date | tải về).
- Articles: ``/tintuc/<yyyy>/<mm>/<file>.htm`` and ``/thongbao/<yyyy>/<mm>/<file>.htm``, file
  names as the teacher typed them (no diacritics; some with spaces, linked as ``%20``; one in mixed
  case, ``/tintuc/2026/10/Khai%20giang%202026-2027.htm``: Apache is case-sensitive). Each has its
  Word folder ``<file>_files/`` (``filelist.xml``, ``themedata.thmx``, ``colorschememapping.xml``,
  ``imageNNN.*``).
- Static pages in the template: ``/gioithieu.htm`` (history of the school, prose),
  ``/tkb.htm`` (timetable table), ``/danhsach_gv.htm`` (staff table; its "« Quay lại" link points
  by mistake to ``Templates/main.dwt``); and ``/lichthi/Lich_thi_HKI_2026-2027.htm``, a Word export
  of the exam timetable (a centred bold heading and a table, no prose). These four are
  ``NON_ARTICLES``.
- Anything else answers Apache's 404 page; a folder (``/tintuc/``) answers 403 (no Indexes).

Word exports, as Word writes them
---------------------------------
- "Web Page" saves: ``<html xmlns:v xmlns:o xmlns:w …>``, ``<meta name=Generator content="Microsoft
  Word 15">``, ``<!--[if gte mso 9]><xml>`` islands with ``o:DocumentProperties`` (``<o:Author>Admin``,
  ``<o:Created>`` / ``<o:LastSaved>`` in UTC), a long ``<style>`` of Mso classes, and every picture
  twice: ``<!--[if gte vml 1]>…<v:imagedata src="X_files/image001.jpg">…<![endif]-->`` (the
  original, for Word) then ``<![if !vml]><img src="X_files/image002.jpg" v:shapes=…><![endif]>``
  (the resized copy a browser shows). The 2024-2025 saves and a few 2026 ones are in
  ``windows-1258`` (tone marks stored as combining characters); newer ones in utf-8.
- "Web Page, Filtered" saves (two pages): no XML islands, no VML, one ``<img>`` per picture
  (``image001.jpg``), Generator "Microsoft Word 15 (filtered)".
- ``<title>`` is what Word put there: the first words of the document, the letterhead's first
  line on notices ("SỞ GD&ĐT LAI CHÂU"), or "Microsoft Word - ngoai khoa ma tuy.doc" on documents
  converted from old .doc files.
- The headline is no ``<h1>``: the first centred bold paragraph (14 pt) after any letterhead.
  Paragraphs are ``MsoNormal`` justified with a first-line indent, spans ``lang=VI``, ``<o:p>``,
  empty ``&nbsp;`` paragraphs between sections; lists are ``MsoListParagraphCxSp*`` paragraphs with
  Word's own "-" marker in ``<![if !supportLists]>``; tables are ``MsoTableGrid``; Word wraps
  source lines at about 76 characters, inside text and attributes.

Gold, as a careful reader of each article page decides
------------------------------------------------------
- ``title``: the headline as printed (capitals kept). On a notice the headline is two centred bold
  lines (or one paragraph with a line break), "THÔNG BÁO" then the subject "Về việc …": the title is
  both, joined by a space. The letterhead's bold centred lines ("TRƯỜNG THPT TAM ĐƯỜNG", "CỘNG HÒA
  XÃ HỘI CHỦ NGHĨA VIỆT NAM") are not the headline; ``<title>`` is never the title.
- ``published_at``: the day the page itself prints: the italic line under the headline
  ("(Ngày 14/11/2026)", "Ngày 18 tháng 10 năm 2026") on news, the place-and-date line of the
  letterhead ("Tam Đường, ngày 12 tháng 11 năm 2026") on notices. Two news pages print no date
  at all (ngoai_khoa_ma_tuy, Khai giang 2026-2027): gold is the day the listing prints beside
  their titles, "(06/11/2026)" / "(02/10/2026)" (the house convention, as asp_classic_thcs and
  contao_pgd: a page that prints no date takes its listing's; harmonised after the first crawl,
  the helper had written None), never the XML island's ``o:Created`` (machine data no reader
  sees). Dates in the text (event days) are content.
- ``authors``: the right-aligned bold line at the end as typed: "Tổ Văn phòng", "Đoàn trường",
  "Tổ Ngữ văn" (a unit signing alone is the author, as printed); "Người viết: Đinh Thị Thu";
  a bare name ("Lường Thị Hoa", "Minh Huyền"); "Tin, ảnh: Hà Văn Dũng" (author and photographer);
  "Bài: Đinh Thị Thu - Ảnh: Hà Văn Dũng". "BBT" credits nobody; ``o:Author`` "Admin" is a Word
  account, nobody. On a notice the signer is the author: "HIỆU TRƯỞNG / (đã ký) / Nguyễn Văn Kiên"
  or "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / … / <name>": the name alone.
- ``source``: "Nguồn: Báo Lai Châu" on the one article the office copied from the newspaper.
- ``summary``: two news pages open with a bold justified lead paragraph (the newspaper copy and
  the 20/11 ceremony): that paragraph, also the body's first. Elsewhere ``None``.
- ``body``: the paragraphs after the headline and date line, through the last text paragraph
  before the byline or signature: headings typed in bold ("1. Thời gian") are paragraphs, list
  items are paragraphs without Word's "-" marker (it is Word's generated bullet, in
  ``mso-list:Ignore``), table rows are paragraphs (cells joined by " | "). Not body: the
  letterhead, "Số: …", the date line, captions, bylines, "Nguồn:", the signature table and the
  "Nơi nhận:" distribution list.
- ``images``: the picture a browser shows (the ``<img>``, ``image002.jpg``; on the 2025 report a
  chart whose shown copy is ``image002.gif`` while VML points at ``image001.png``), in order.
  Captions: the line under the picture, a ``MsoCaption`` paragraph ("Hình 1: …", prefix kept as
  Word numbered it) or a centred italic ``MsoNormal`` line; a picture with no such line has none.
  Word's automatic alt text ("Ảnh có chứa người, …") is no caption.
- ``category``: ``None`` everywhere: an article page names no category and has no breadcrumb (the
  listing it was reached from is not printed on it).

Traps
-----
- ``windows-1258`` pages (no charset in the HTTP header, only the ``<meta>``) whose Vietnamese
  letters carry combining tone marks; one utf-8 paragraph typed in decomposed Unicode.
- VML duplicates: ``image001.jpg`` in ``v:imagedata`` (inside a comment) vs the shown
  ``image002.jpg``.
- ``o:Created`` / ``o:LastSaved`` UTC times in the XML island: no publication time a reader sees.
- "Microsoft Word - … .doc" and letterhead ``<title>``s.
- ``.doc`` originals linked from the listings ("Tải bản Word"): attachments, not pages.
- A dead link on ``tintuc2.htm`` (``/tintuc/2026/09/Giao_luu_CLB_tieng_Anh.htm``, removed: 404).
- ``/Templates/main.dwt`` linked by mistake from ``danhsach_gv.htm`` (a template file served as
  ``application/octet-stream``); ``/Library/menu.lbi`` exists but is linked from nowhere.
- The header's "today" (``TODAY``) on template pages; the listing dates beside each title.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    TODAY,
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "word_export_static_thpt"
PLATFORM = "Dreamweaver static site + Word 'Web Page' exports"
START_PATH = "/"

SCHOOL = "Trường THPT Tam Đường"
SCHOOL_UP = "TRƯỜNG THPT TAM ĐƯỜNG"
SO_UP = "SỞ GD&ĐT LAI CHÂU"
ADDRESS = "Tổ 3, thị trấn Tam Đường, huyện Tam Đường, tỉnh Lai Châu"

#: an empty Word paragraph (``<o:p>&nbsp;</o:p>``) between sections: no text
BLANK = Raw("")


def _pic(src: str, caption: str, style: str) -> Img:
    """A picture with its caption line under it; the reader's caption is the line as printed."""
    return Img(src, caption, caption, style)


# --- the articles ----------------------------------------------------------------------------
#
# P styles: "" a justified paragraph, "lead" the bold lead, "h" a bold heading line, "li" a Word
# list item, "rowh"/"row" a table row (cells split on " | "), "nfd" a paragraph typed in
# decomposed Unicode. Img.src is the picture the browser shows (relative to the page).
# opts: path (as linked), enc, save ("full"/"filtered"), doc_title, head (headline lines),
# dateline (text, align), byline [(text, fmt)], created/saved (o:Created, o:LastSaved, UTC),
# vml {shown: vml src}, alt {shown: Word's alt text}, listed (listing date), list_title, doc.

HN_CAP_TRUONG = Story(
    id=1,
    slug="HN_cap_truong_2026",
    title="TRƯỜNG THPT TAM ĐƯỜNG TỔ CHỨC HỘI NGHỊ SƠ KẾT THI ĐUA ĐỢT 1 NĂM HỌC 2026 - 2027",
    cat="Tin tức",
    published_at="2026-11-14",
    blocks=[
        P(
            "Chiều ngày 13/11/2026, Trường THPT Tam Đường tổ chức Hội nghị sơ kết phong trào thi "
            "đua đợt 1 chào mừng kỷ niệm 44 năm ngày Nhà giáo Việt Nam 20/11. Tới dự hội nghị có "
            "đồng chí Nguyễn Văn Kiên - Bí thư Chi bộ, Hiệu trưởng nhà trường; các đồng chí trong "
            "Ban giám hiệu, Ban chấp hành Công đoàn, Đoàn trường cùng toàn thể cán bộ, giáo viên, "
            "nhân viên nhà trường."
        ),
        _pic(
            "HN_cap_truong_2026_files/image002.jpg",
            "Hình 1: Đồng chí Nguyễn Văn Kiên - Hiệu trưởng nhà trường phát biểu khai mạc hội nghị",
            "caption",
        ),
        P(
            "Phát động từ ngày 05/9/2026, đợt thi đua thứ nhất đã được các tổ chuyên môn, các chi "
            "đoàn và tập thể lớp hưởng ứng sôi nổi với nhiều hoạt động thiết thực: thi đua dạy tốt "
            "- học tốt, xây dựng tiết dạy áp dụng phương pháp dạy học tích cực, giữ gìn vệ sinh "
            "trường lớp, xây dựng trường học xanh - sạch - đẹp - an toàn."
        ),
        P("Kết quả nổi bật trong đợt thi đua:", "h"),
        P(
            "Toàn trường có 126 tiết dạy tốt được xếp loại Giỏi, 38 tiết có ứng dụng công nghệ "
            "thông tin hiệu quả.",
            "li",
        ),
        P(
            "Tỷ lệ học sinh đi học chuyên cần đạt 98,6%, tăng 1,2% so với cùng kỳ năm học trước.",
            "li",
        ),
        P(
            "Có 18 lớp đạt danh hiệu Chi đoàn vững mạnh, không có học sinh vi phạm an toàn giao "
            "thông.",
            "li",
        ),
        P(
            "Tại hội nghị, Ban thi đua nhà trường đã công bố quyết định khen thưởng 05 tập thể và "
            "22 cá nhân có thành tích xuất sắc trong đợt thi đua. Tổ Toán - Tin và Tổ Ngữ văn "
            "được biểu dương là hai tổ chuyên môn dẫn đầu."
        ),
        _pic(
            "HN_cap_truong_2026_files/image004.jpg",
            "Hình 2: Ban giám hiệu trao giấy khen cho các tập thể, cá nhân xuất sắc",
            "caption",
        ),
        P(
            "Phát biểu kết luận hội nghị, đồng chí Hiệu trưởng đề nghị toàn thể cán bộ, giáo viên "
            "tiếp tục phát huy những kết quả đạt được, khắc phục những hạn chế còn tồn tại, quyết "
            "tâm hoàn thành thắng lợi nhiệm vụ năm học 2026 - 2027."
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "path": "/tintuc/2026/11/HN_cap_truong_2026.htm",
        "enc": "utf-8",
        "save": "full",
        "doc_title": "TRƯỜNG THPT TAM ĐƯỜNG TỔ CHỨC HỘI NGHỊ SƠ KẾT THI ĐUA ĐỢT 1",
        "dateline": ("(Ngày 14/11/2026)", "center"),
        "byline": [("Tổ Văn phòng", "b")],
        "created": "2026-11-13T01:20:00Z",
        "saved": "2026-11-14T02:05:00Z",
        "listed": "14/11/2026",
        "list_title": "Hội nghị sơ kết thi đua đợt 1 năm học 2026 - 2027",
        "doc": True,
    },
)

MIT_TINH = Story(
    id=2,
    slug="Mit tinh 20-11",
    title=(
        "Trường THPT Tam Đường long trọng tổ chức Lễ kỷ niệm 44 năm ngày Nhà giáo Việt Nam 20/11"
    ),
    cat="Tin tức",
    published_at="2026-11-20",
    summary=(
        "Sáng ngày 19/11/2026, trong không khí phấn khởi của những ngày tháng 11 lịch sử, Trường "
        "THPT Tam Đường long trọng tổ chức Lễ mít tinh kỷ niệm 44 năm ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua chào mừng ngày 20/11."
    ),
    blocks=[
        P(
            "Sáng ngày 19/11/2026, trong không khí phấn khởi của những ngày tháng 11 lịch sử, "
            "Trường THPT Tam Đường long trọng tổ chức Lễ mít tinh kỷ niệm 44 năm ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua chào mừng ngày "
            "20/11.",
            "lead",
        ),
        P(
            "Về dự buổi lễ có đồng chí Lò Văn Thắng - Phó Chủ tịch UBND xã Tam Đường; đại diện Ban "
            "đại diện cha mẹ học sinh; các thầy cô giáo đã nghỉ hưu qua các thời kỳ cùng toàn thể "
            "cán bộ, giáo viên, nhân viên và hơn 900 học sinh của nhà trường."
        ),
        _pic(
            "Mit%20tinh%2020-11_files/image002.jpg",
            "Các đại biểu dự Lễ kỷ niệm 44 năm ngày Nhà giáo Việt Nam",
            "italic",
        ),
        P(
            "Ôn lại truyền thống ngày Nhà giáo Việt Nam, đồng chí Nguyễn Văn Kiên - Hiệu trưởng "
            "nhà trường nhấn mạnh: trải qua 48 năm xây dựng và phát triển, từ một ngôi trường cấp "
            "ba nhỏ bé với 4 lớp học tranh tre nứa lá, đến nay nhà trường đã có 27 lớp với 62 cán "
            "bộ, giáo viên, nhân viên; chất lượng giáo dục toàn diện ngày càng được nâng lên, tỷ lệ "
            "học sinh tốt nghiệp THPT năm 2026 đạt 99,2%."
        ),
        P(
            "Năm học 2025 - 2026, nhà trường có 14 học sinh đạt giải trong kỳ thi chọn học sinh "
            "giỏi cấp tỉnh, 02 sản phẩm đạt giải Cuộc thi Khoa học kỹ thuật cấp tỉnh; 100% giáo "
            "viên đạt chuẩn trình độ đào tạo, trong đó có 15 thạc sĩ."
        ),
        _pic(
            "Mit%20tinh%2020-11_files/image004.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
            "italic",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Lò Thị Quỳnh, học sinh lớp 12A1, bày tỏ lòng biết "
            "ơn sâu sắc tới các thầy cô giáo, những người đã không quản ngày đêm, vượt qua khó "
            "khăn nơi vùng cao để truyền lửa tri thức cho các em."
        ),
        Img("Mit%20tinh%2020-11_files/image006.jpg"),
        P(
            "Dịp này, nhà trường đã trao thưởng cho 12 giáo viên đạt giải trong Hội thi giáo viên "
            "dạy giỏi cấp trường và 35 học sinh có thành tích xuất sắc trong đợt thi đua chào mừng "
            "ngày 20/11. Buổi lễ kết thúc trong không khí ấm áp với chương trình văn nghệ đặc sắc "
            "mang đậm bản sắc các dân tộc Thái, Mông, Dao, Giáy vùng cao Lai Châu."
        ),
    ],
    authors=["Hà Văn Dũng"],
    photographers=["Hà Văn Dũng"],
    opts={
        "path": "/tintuc/2026/11/Mit%20tinh%2020-11.htm",
        "enc": "utf-8",
        "save": "full",
        "doc_title": (
            "Trường THPT Tam Đường long trọng tổ chức Lễ kỷ niệm 44 năm ngày Nhà giáo Việt Nam 20/11"
        ),
        "dateline": ("(Ngày 20/11/2026)", "center"),
        "byline": [("Tin, ảnh: Hà Văn Dũng", "b")],
        "created": "2026-11-19T10:42:00Z",
        "saved": "2026-11-20T00:58:00Z",
        "alt": {"Mit%20tinh%2020-11_files/image006.jpg": "Ảnh có chứa người, quần áo, nhóm"},
        "listed": "20/11/2026",
        "list_title": "Lễ kỷ niệm 44 năm ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    },
)

NGOAI_KHOA = Story(
    id=3,
    slug="ngoai_khoa_ma_tuy",
    title="NGOẠI KHÓA TUYÊN TRUYỀN PHÒNG, CHỐNG MA TÚY VÀ TỆ NẠN XÃ HỘI CHO HỌC SINH",
    cat="Tin tức",
    published_at="2026-11-06",  # the listing's day (see the docstring)
    blocks=[
        P(
            "Nhằm nâng cao nhận thức cho học sinh về tác hại của ma túy và các tệ nạn xã hội, "
            "chiều ngày 05/11/2026, Trường THPT Tam Đường phối hợp với Công an xã Tam Đường tổ "
            "chức buổi ngoại khóa tuyên truyền phòng, chống ma túy cho gần 300 học sinh khối 10.",
            "nfd",
        ),
        P(
            "Tại buổi ngoại khóa, Thượng úy Vàng A Sử - Cán bộ Công an xã đã cung cấp cho các em "
            "những kiến thức cơ bản về các loại ma túy, đặc biệt là ma túy tổng hợp, thuốc lá điện "
            "tử, bóng cười; thủ đoạn lôi kéo, dụ dỗ học sinh tham gia sử dụng và mua bán trái phép "
            "chất ma túy trên địa bàn các tỉnh biên giới."
        ),
        _pic(
            "ngoai_khoa_ma_tuy_files/image002.jpg",
            "Thượng úy Vàng A Sử tuyên truyền tại buổi ngoại khóa",
            "caption",
        ),
        P(
            "Buổi ngoại khóa diễn ra sôi nổi với phần hỏi đáp, các em học sinh đã mạnh dạn đặt câu "
            "hỏi và được báo cáo viên giải đáp tận tình. Qua đó giúp các em biết cách tự bảo vệ "
            "bản thân, nói không với ma túy và tích cực tham gia tố giác tội phạm."
        ),
    ],
    authors=["Đinh Thị Thu"],
    opts={
        "path": "/tintuc/2026/11/ngoai_khoa_ma_tuy.htm",
        "enc": "utf-8",
        "save": "full",
        "doc_title": "Microsoft Word - ngoai khoa ma tuy.doc",
        "dateline": None,
        "byline": [("Người viết: Đinh Thị Thu", "bi")],
        "created": "2026-11-05T09:47:00Z",
        "saved": "2026-11-06T01:12:00Z",
        "listed": "06/11/2026",
        "list_title": "Ngoại khóa tuyên truyền phòng, chống ma túy cho học sinh khối 10",
        "doc": True,
    },
)

KHAI_GIANG = Story(
    id=4,
    slug="Khai giang 2026-2027",
    title="Lễ khai giảng năm học 2026 - 2027",
    cat="Tin tức",
    published_at="2026-10-02",  # the listing's day (see the docstring)
    blocks=[
        P(
            "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh trên cả nước, hơn 900 học sinh "
            "Trường THPT Tam Đường đã hân hoan bước vào năm học mới 2026 - 2027."
        ),
        _pic(
            "Khai%20giang%202026-2027_files/image002.jpg",
            "Học sinh khối 10 diễu hành qua lễ đài",
            "italic",
        ),
        P(
            "Tham dự buổi lễ có đồng chí Giàng A Tủa - Bí thư Đảng ủy xã Tam Đường; đại diện lãnh "
            "đạo Sở Giáo dục và Đào tạo tỉnh Lai Châu; đại diện các ban, ngành, đoàn thể của xã và "
            "đông đảo cha mẹ học sinh."
        ),
        P(
            "Năm học 2026 - 2027, nhà trường có 27 lớp với 948 học sinh, trong đó khối 10 có 9 lớp "
            "với 322 học sinh. Học sinh dân tộc thiểu số chiếm 78,4%, học sinh ở bán trú 214 em."
        ),
        P(
            "Đồng chí Nguyễn Văn Kiên - Hiệu trưởng nhà trường đọc thư của Chủ tịch nước gửi ngành "
            "Giáo dục nhân dịp khai giảng năm học mới và đánh trống khai trường, chính thức mở đầu "
            "năm học mới."
        ),
        _pic(
            "Khai%20giang%202026-2027_files/image004.jpg",
            "Đồng chí Hiệu trưởng đánh trống khai giảng năm học mới",
            "italic",
        ),
    ],
    authors=[],
    opts={
        "path": "/tintuc/2026/10/Khai%20giang%202026-2027.htm",
        "enc": "windows-1258",
        "save": "full",
        "doc_title": "Lễ khai giảng năm học 2026 - 2027",
        "dateline": None,
        "byline": [("BBT", "b")],
        "created": "2026-09-05T03:10:00Z",
        "saved": "2026-10-02T08:31:00Z",
        "alt": {
            "Khai%20giang%202026-2027_files/image004.jpg": (
                "Ảnh có chứa người, ngoài trời, quần áo, cây"
            )
        },
        "listed": "02/10/2026",
        "list_title": "Lễ khai giảng năm học 2026 - 2027",
    },
)

TAP_HUAN = Story(
    id=5,
    slug="Tap_huan_CT2018",
    title="TẬP HUẤN NÂNG CAO NĂNG LỰC DẠY HỌC THEO CHƯƠNG TRÌNH GDPT 2018",
    cat="Tin tức",
    published_at="2026-10-18",
    blocks=[
        P(
            "Ngày 17/10/2026, Trường THPT Tam Đường tổ chức buổi tập huấn chuyên môn “Xây dựng kế "
            "hoạch bài dạy và kiểm tra, đánh giá theo định hướng phát triển phẩm chất, năng lực "
            "học sinh” cho toàn thể giáo viên nhà trường."
        ),
        P("Nội dung tập huấn gồm:", "h"),
        P("Hướng dẫn xây dựng kế hoạch bài dạy theo Công văn 5512/BGDĐT-GDTrH;", "li"),
        P("Xây dựng ma trận, bản đặc tả và đề kiểm tra định kỳ theo định dạng mới;", "li"),
        P(
            "Ứng dụng trí tuệ nhân tạo trong thiết kế học liệu số một cách an toàn, hiệu quả.",
            "li",
        ),
        _pic(
            "Tap_huan_CT2018_files/image001.jpg",
            "Giáo viên thực hành thiết kế học liệu số",
            "italic",
        ),
        P(
            "Thông qua buổi tập huấn, giáo viên được trao đổi, chia sẻ kinh nghiệm, tháo gỡ những "
            "khó khăn, vướng mắc trong quá trình thực hiện Chương trình giáo dục phổ thông 2018, "
            "góp phần nâng cao chất lượng dạy học của nhà trường."
        ),
    ],
    authors=["Lường Thị Hoa"],
    opts={
        "path": "/tintuc/2026/10/Tap_huan_CT2018.htm",
        "enc": "utf-8",
        "save": "filtered",
        "doc_title": "TẬP HUẤN NÂNG CAO NĂNG LỰC DẠY HỌC",
        "dateline": ("Ngày 18 tháng 10 năm 2026", "right"),
        "byline": [("Lường Thị Hoa", "bi")],
        "listed": "18/10/2026",
        "list_title": "Tập huấn nâng cao năng lực dạy học theo Chương trình GDPT 2018",
        "doc": True,
    },
)

HOI_KHOE = Story(
    id=6,
    slug="Hoi_khoe_Phu_Dong_2026",
    title="HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG NĂM HỌC 2026 - 2027",
    cat="Tin tức",
    published_at="2026-10-25",
    blocks=[
        P(
            "Từ ngày 20 đến ngày 24/10/2026, Đoàn trường phối hợp với Tổ Thể dục tổ chức Hội khỏe "
            "Phù Đổng cấp trường năm học 2026 - 2027 với sự tham gia của gần 400 vận động viên đến "
            "từ 27 chi đoàn."
        ),
        P(
            "Hội khỏe gồm 5 môn thi đấu: bóng đá nam, bóng chuyền nữ, đẩy gậy, kéo co và ném còn. "
            "Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần đoàn kết, thi đấu trung "
            "thực, cao thượng của đoàn viên, thanh niên."
        ),
        _pic(
            "Hoi_khoe_Phu_Dong_2026_files/image002.jpg",
            "Trận chung kết môn kéo co giữa chi đoàn 12A3 và 11A1",
            "caption",
        ),
        P("Kết quả xếp hạng toàn đoàn:", "h"),
        P("TT | Chi đoàn | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng | Xếp hạng", "rowh"),
        P("1 | 12A3 | 3 | 1 | 0 | Nhất", "row"),
        P("2 | 11A1 | 2 | 1 | 2 | Nhì", "row"),
        P("3 | 12A1 | 1 | 2 | 1 | Ba", "row"),
        P("4 | 10A5 | 1 | 0 | 3 | Khuyến khích", "row"),
        P(
            "Ban tổ chức đã trao 5 bộ huy chương cho các vận động viên, đội thi đạt thành tích cao. "
            "Qua Hội khỏe, nhà trường lựa chọn 24 vận động viên tiêu biểu tham gia Hội khỏe Phù "
            "Đổng tỉnh Lai Châu lần thứ XII."
        ),
    ],
    authors=["Đoàn trường"],
    opts={
        "path": "/tintuc/2026/10/Hoi_khoe_Phu_Dong_2026.htm",
        "enc": "utf-8",
        "save": "full",
        "doc_title": "HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG NĂM HỌC 2026 - 2027",
        "dateline": ("(Ngày 25/10/2026)", "center"),
        "byline": [("Đoàn trường", "b")],
        "created": "2026-10-24T14:03:00Z",
        "saved": "2026-10-25T02:40:00Z",
        "listed": "25/10/2026",
        "list_title": "Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    },
)

CHUAN_QG = Story(
    id=7,
    slug="Dat_chuan_quoc_gia",
    title=("TRƯỜNG THPT TAM ĐƯỜNG ĐÓN BẰNG CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN QUỐC GIA MỨC ĐỘ 1"),
    cat="Tin tức",
    published_at="2026-09-28",
    summary=(
        "Ngày 26/9/2026, Trường THPT Tam Đường tổ chức Lễ đón nhận Bằng công nhận trường đạt "
        "chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2."
    ),
    blocks=[
        P(
            "Ngày 26/9/2026, Trường THPT Tam Đường tổ chức Lễ đón nhận Bằng công nhận trường đạt "
            "chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.",
            "lead",
        ),
        P(
            "Dự buổi lễ có đồng chí Phạm Thị Hồng Nhung - Phó Giám đốc Sở Giáo dục và Đào tạo; "
            "lãnh đạo Đảng ủy, HĐND, UBND xã Tam Đường; đại diện các phòng chuyên môn của Sở cùng "
            "các thế hệ cán bộ, giáo viên, học sinh nhà trường."
        ),
        P(
            "Những năm qua, được sự quan tâm của tỉnh, ngành Giáo dục và chính quyền địa phương, "
            "cơ sở vật chất nhà trường từng bước được đầu tư khang trang với 27 phòng học kiên cố, "
            "8 phòng học bộ môn, thư viện, nhà đa năng và khu nội trú cho học sinh ở xa. Đội ngũ "
            "cán bộ quản lý, giáo viên đủ về số lượng, đạt chuẩn về trình độ đào tạo."
        ),
        _pic(
            "Dat_chuan_quoc_gia_files/image002.jpg",
            "Lãnh đạo Sở Giáo dục và Đào tạo trao Bằng công nhận cho nhà trường",
            "italic",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Giám đốc Sở đề nghị nhà trường tiếp tục duy trì "
            "và nâng cao các tiêu chuẩn đã đạt được, đẩy mạnh đổi mới phương pháp dạy học, phấn "
            "đấu đạt chuẩn quốc gia mức độ 2 trong giai đoạn tiếp theo."
        ),
    ],
    authors=["Minh Huyền"],
    source="Báo Lai Châu",
    opts={
        "path": "/tintuc/2026/09/Dat_chuan_quoc_gia.htm",
        "enc": "windows-1258",
        "save": "full",
        "doc_title": "TRƯỜNG THPT TAM ĐƯỜNG ĐÓN BẰNG CÔNG NHẬN",
        "dateline": ("(Ngày 28/9/2026)", "center"),
        "byline": [("Minh Huyền", "b"), ("Nguồn: Báo Lai Châu", "i")],
        "created": "2026-09-27T15:26:00Z",
        "saved": "2026-09-28T01:03:00Z",
        "listed": "28/9/2026",
        "list_title": "Trường THPT Tam Đường đón Bằng công nhận trường đạt chuẩn quốc gia",
    },
)

TONG_KET_2025 = Story(
    id=8,
    slug="Tong_ket_nam_hoc_2024-2025",
    title="LỄ TỔNG KẾT NĂM HỌC 2024 - 2025 VÀ TRI ÂN, TRƯỞNG THÀNH HỌC SINH KHỐI 12",
    cat="Tin tức",
    published_at="2025-05-24",
    blocks=[
        P(
            "Sáng ngày 23/5/2025, Trường THPT Tam Đường tổ chức Lễ tổng kết năm học 2024 - 2025 "
            "và tri ân, trưởng thành cho 286 học sinh khối 12."
        ),
        P(
            "Năm học 2024 - 2025, nhà trường có 26 lớp với 912 học sinh. Kết quả giáo dục cuối năm "
            "như sau:"
        ),
        P("Khối | Số học sinh | Học tập Tốt, Khá | Rèn luyện Tốt, Khá | Lên lớp thẳng", "rowh"),
        P("10 | 318 | 52,8% | 96,2% | 97,5%", "row"),
        P("11 | 308 | 55,1% | 97,4% | 98,1%", "row"),
        P("12 | 286 | 61,5% | 98,9% | 100%", "row"),
        _pic(
            "Tong_ket_nam_hoc_2024-2025_files/image002.gif",
            "Biểu đồ kết quả học tập của học sinh qua 3 năm học",
            "italic",
        ),
        P(
            "Tại buổi lễ, nhà trường đã khen thưởng 46 học sinh đạt danh hiệu Học sinh Xuất sắc, "
            "215 học sinh đạt danh hiệu Học sinh Giỏi và 14 học sinh đạt giải trong kỳ thi chọn "
            "học sinh giỏi cấp tỉnh."
        ),
        _pic(
            "Tong_ket_nam_hoc_2024-2025_files/image004.jpg",
            "Học sinh khối 12 tri ân thầy cô giáo",
            "caption",
        ),
        P(
            "Trong không khí xúc động của buổi lễ tri ân, các em học sinh khối 12 đã dâng hoa, "
            "gửi lời cảm ơn tới thầy cô giáo, cha mẹ, những người đã nuôi dưỡng, dìu dắt các em "
            "trong suốt 12 năm đèn sách."
        ),
    ],
    authors=["Đinh Thị Thu"],
    photographers=["Hà Văn Dũng"],
    opts={
        "path": "/tintuc/2025/05/Tong_ket_nam_hoc_2024-2025.htm",
        "enc": "windows-1258",
        "save": "full",
        "doc_title": "Microsoft Word - Tong ket nam hoc.doc",
        "dateline": ("(Ngày 24/5/2025)", "center"),
        "byline": [("Bài: Đinh Thị Thu - Ảnh: Hà Văn Dũng", "b")],
        "created": "2025-05-23T07:55:00Z",
        "saved": "2025-05-24T03:20:00Z",
        "vml": {
            "Tong_ket_nam_hoc_2024-2025_files/image002.gif": (
                "Tong_ket_nam_hoc_2024-2025_files/image001.png"
            )
        },
        "listed": "24/5/2025",
        "list_title": "Lễ tổng kết năm học 2024 - 2025 và tri ân, trưởng thành học sinh khối 12",
    },
)

HOI_GIANG_2024 = Story(
    id=9,
    slug="Hoi giang 20-11-2024",
    title="Tổ Ngữ văn tổ chức hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11",
    cat="Tin tức",
    published_at="2024-11-22",
    blocks=[
        P(
            "Hưởng ứng phong trào thi đua chào mừng kỷ niệm 42 năm ngày Nhà giáo Việt Nam, từ ngày "
            "11 đến ngày 15/11/2024, Tổ Ngữ văn đã tổ chức hội giảng với 8 tiết dạy của các giáo "
            "viên trong tổ."
        ),
        Img("Hoi%20giang%2020-11-2024_files/image002.jpg"),
        P(
            "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp dạy học tích "
            "cực, phát huy tính chủ động của học sinh. Kết quả có 6 tiết xếp loại Giỏi, 2 tiết xếp "
            "loại Khá."
        ),
    ],
    authors=["Tổ Ngữ văn"],
    opts={
        "path": "/tintuc/2024/11/Hoi%20giang%2020-11-2024.htm",
        "enc": "windows-1258",
        "save": "full",
        "doc_title": "Microsoft Word - hoi giang.doc",
        "dateline": ("(Ngày 22/11/2024)", "center"),
        "byline": [("Tổ Ngữ văn", "b")],
        "created": "2024-11-21T13:08:00Z",
        "saved": "2024-11-22T00:47:00Z",
        "listed": "22/11/2024",
        "list_title": "Tổ Ngữ văn tổ chức hội giảng chào mừng ngày 20/11",
    },
)

# --- notices: letterhead, "Số:", place and date, signature table ---------------------------------

TB_HOP_CMHS = Story(
    id=10,
    slug="TB_125_hop_CMHS",
    title=("THÔNG BÁO Về việc tổ chức họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027"),
    cat="Thông báo",
    published_at="2026-11-12",
    blocks=[
        P(
            "Căn cứ Kế hoạch số 86/KH-THPT ngày 25/8/2026 của Trường THPT Tam Đường về việc thực "
            "hiện nhiệm vụ năm học 2026 - 2027;"
        ),
        P("Trường THPT Tam Đường thông báo tổ chức họp cha mẹ học sinh giữa học kỳ I như sau:"),
        P("1. Thời gian", "h"),
        P("Từ 07 giờ 30 phút, ngày Chủ nhật 22/11/2026."),
        P("2. Địa điểm", "h"),
        P("Tại các phòng học của lớp (theo sơ đồ phòng học dán tại bảng tin nhà trường)."),
        P("3. Nội dung", "h"),
        P(
            "Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;",
            "li",
        ),
        P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I và công tác bán trú;", "li"),
        P(
            "Trao đổi, thống nhất biện pháp phối hợp giữa nhà trường và gia đình trong giáo dục "
            "học sinh.",
            "li",
        ),
        P(
            "Đề nghị cha mẹ học sinh sắp xếp thời gian đến dự họp đầy đủ, đúng giờ. Trường hợp "
            "không thể tham dự, đề nghị liên hệ trực tiếp với giáo viên chủ nhiệm lớp./."
        ),
    ],
    authors=["Nguyễn Văn Kiên"],
    opts={
        "path": "/thongbao/2026/11/TB_125_hop_CMHS.htm",
        "enc": "utf-8",
        "save": "full",
        "doc_title": "SỞ GD&ĐT LAI CHÂU",
        "head": [
            "THÔNG BÁO",
            "Về việc tổ chức họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
        ],
        "notice": {
            "so": "Số: 125/TB-THPT",
            "place_date": "Tam Đường, ngày 12 tháng 11 năm 2026",
            "sign_titles": ["HIỆU TRƯỞNG"],
            "signed": "(đã ký)",
            "signer": "Nguyễn Văn Kiên",
            "noi_nhan": [
                "- CMHS các lớp (để t/h);",
                "- GVCN (để t/h);",
                "- Website trường;",
                "- Lưu: VT.",
            ],
        },
        "created": "2026-11-12T02:15:00Z",
        "saved": "2026-11-12T03:02:00Z",
        "listed": "12/11/2026",
        "list_title": "Thông báo họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
        "doc": True,
    },
)

TB_NGHI_20_11 = Story(
    id=11,
    slug="TB_nghi_20-11",
    title="THÔNG BÁO Về việc cho học sinh nghỉ học ngày 20/11/2026",
    cat="Thông báo",
    published_at="2026-11-17",
    blocks=[
        P(
            "Nhân dịp kỷ niệm 44 năm ngày Nhà giáo Việt Nam 20/11, nhà trường cho học sinh toàn "
            "trường nghỉ học ngày thứ Sáu 20/11/2026. Học sinh đi học bình thường từ thứ Hai ngày "
            "23/11/2026."
        ),
        P(
            "Học sinh ở bán trú về gia đình từ chiều thứ Năm 19/11/2026 và trở lại trường trước "
            "17 giờ ngày Chủ nhật 22/11/2026./."
        ),
    ],
    authors=["Tẩn Văn Páo"],
    opts={
        "path": "/thongbao/2026/11/TB_nghi_20-11.htm",
        "enc": "utf-8",
        "save": "filtered",
        "doc_title": "SỞ GD&ĐT LAI CHÂU",
        "head": ["THÔNG BÁO", "Về việc cho học sinh nghỉ học ngày 20/11/2026"],
        "head_br": True,
        "notice": {
            "so": "Số: 131/TB-THPT",
            "place_date": "Tam Đường, ngày 17 tháng 11 năm 2026",
            "sign_titles": ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
            "signed": "(đã ký)",
            "signer": "Tẩn Văn Páo",
            "noi_nhan": ["- Học sinh toàn trường;", "- GVCN các lớp;", "- Lưu: VT."],
        },
        "listed": "17/11/2026",
        "list_title": "Thông báo nghỉ học ngày 20/11/2026",
    },
)

TB_TUYEN_HD = Story(
    id=12,
    slug="TB_tuyen_HD_GV",
    title="THÔNG BÁO Tuyển chọn giáo viên hợp đồng năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-10-05",
    blocks=[
        P(
            "Căn cứ Nghị định số 111/2022/NĐ-CP ngày 30/12/2022 của Chính phủ về hợp đồng đối "
            "với một số loại công việc trong cơ quan hành chính và đơn vị sự nghiệp công lập;"
        ),
        P(
            "Trường THPT Tam Đường thông báo tuyển chọn giáo viên hợp đồng năm học 2026 - 2027 "
            "như sau:"
        ),
        P("1. Chỉ tiêu, vị trí tuyển chọn", "h"),
        P("TT | Vị trí | Số lượng | Yêu cầu trình độ", "rowh"),
        P("1 | Giáo viên Tiếng Anh | 01 | Cử nhân Sư phạm Tiếng Anh trở lên", "row"),
        P("2 | Giáo viên Tin học | 01 | Cử nhân Sư phạm Tin học trở lên", "row"),
        P("3 | Giáo viên Lịch sử | 01 | Cử nhân Sư phạm Lịch sử trở lên", "row"),
        P("2. Hồ sơ đăng ký gồm", "h"),
        P("Đơn đăng ký dự tuyển (theo mẫu);", "li"),
        P("Sơ yếu lý lịch có xác nhận của cơ quan có thẩm quyền;", "li"),
        P("Bản sao văn bằng, chứng chỉ, bảng điểm theo yêu cầu của vị trí dự tuyển;", "li"),
        P("Giấy chứng nhận đủ sức khỏe do cơ quan y tế có thẩm quyền cấp.", "li"),
        P("3. Thời gian, địa điểm nhận hồ sơ", "h"),
        P(
            "Từ ngày 06/10/2026 đến hết ngày 16/10/2026 (trong giờ hành chính) tại Văn phòng "
            "Trường THPT Tam Đường. Điện thoại liên hệ: 0213.3875.126."
        ),
    ],
    authors=["Nguyễn Văn Kiên"],
    opts={
        "path": "/thongbao/2026/10/TB_tuyen_HD_GV.htm",
        "enc": "utf-8",
        "save": "full",
        "doc_title": "SỞ GD&ĐT LAI CHÂU",
        "head": ["THÔNG BÁO", "Tuyển chọn giáo viên hợp đồng năm học 2026 - 2027"],
        "notice": {
            "so": "Số: 98/TB-THPT",
            "place_date": "Tam Đường, ngày 05 tháng 10 năm 2026",
            "sign_titles": ["HIỆU TRƯỞNG"],
            "signed": "(đã ký)",
            "signer": "Nguyễn Văn Kiên",
            "noi_nhan": [
                "- Sở GD&ĐT (b/c);",
                "- UBND xã Tam Đường;",
                "- Website trường;",
                "- Lưu: VT.",
            ],
        },
        "created": "2026-10-05T01:36:00Z",
        "saved": "2026-10-05T04:11:00Z",
        "listed": "05/10/2026",
        "list_title": "Thông báo tuyển chọn giáo viên hợp đồng năm học 2026 - 2027",
        "doc": True,
    },
)

TB_CAC_KHOAN_THU = Story(
    id=13,
    slug="TB cac khoan thu 2026-2027",
    title="THÔNG BÁO Các khoản thu, chi năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-09-10",
    blocks=[
        P(
            "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh Lai Châu quy định các khoản thu dịch vụ "
            "phục vụ, hỗ trợ hoạt động giáo dục trong các cơ sở giáo dục công lập trên địa bàn "
            "tỉnh;"
        ),
        P("Căn cứ biên bản họp Ban đại diện cha mẹ học sinh ngày 07/9/2026;"),
        P("Nhà trường thông báo các khoản thu năm học 2026 - 2027 như sau:"),
        P("TT | Nội dung khoản thu | Mức thu | Ghi chú", "rowh"),
        P(
            "1 | Bảo hiểm y tế học sinh | 757.890 đồng/năm | Học sinh dân tộc thiểu số vùng đặc "
            "biệt khó khăn được cấp thẻ",
            "row",
        ),
        P("2 | Nước uống | 10.000 đồng/tháng | Thu theo tháng thực học", "row"),
        P("3 | Ăn bán trú | 25.000 đồng/ngày | Chỉ học sinh ở bán trú", "row"),
        P("Học phí năm học 2026 - 2027: học sinh được miễn học phí theo quy định của Nhà nước."),
        P(
            "Nhà trường không thu bất kỳ khoản nào ngoài các khoản nêu trên. Mọi thắc mắc xin liên "
            "hệ bộ phận Kế toán nhà trường./."
        ),
    ],
    authors=["Lò Thị Nguyệt"],
    opts={
        "path": "/thongbao/2026/09/TB%20cac%20khoan%20thu%202026-2027.htm",
        "enc": "windows-1258",
        "save": "full",
        "doc_title": "SỞ GD&ĐT LAI CHÂU",
        "head": ["THÔNG BÁO", "Các khoản thu, chi năm học 2026 - 2027"],
        "notice": {
            "so": "Số: 76/TB-THPT",
            "place_date": "Tam Đường, ngày 10 tháng 9 năm 2026",
            "sign_titles": ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
            "signed": "(Đã ký)",
            "signer": "Lò Thị Nguyệt",
            "noi_nhan": ["- CMHS;", "- Lưu: VT, KT."],
        },
        "created": "2026-09-09T08:20:00Z",
        "saved": "2026-09-10T02:44:00Z",
        "listed": "10/9/2026",
        "list_title": "Thông báo các khoản thu, chi năm học 2026 - 2027",
    },
)

NEWS = [
    MIT_TINH,
    HN_CAP_TRUONG,
    NGOAI_KHOA,
    HOI_KHOE,
    TAP_HUAN,
    KHAI_GIANG,
    CHUAN_QG,
    TONG_KET_2025,
    HOI_GIANG_2024,
]
NOTICES = [TB_NGHI_20_11, TB_HOP_CMHS, TB_TUYEN_HD, TB_CAC_KHOAN_THU]
STORIES = NEWS + NOTICES

#: the news listing, page by page, newest first (hand-typed; the dead link sits on page 2)
DEAD_LINK = "/tintuc/2026/09/Giao_luu_CLB_tieng_Anh.htm"
NEWS_PAGES = {
    "/tintuc.htm": [MIT_TINH, HN_CAP_TRUONG, NGOAI_KHOA, HOI_KHOE],
    "/tintuc2.htm": [TAP_HUAN, KHAI_GIANG, "dead", CHUAN_QG],
    "/tintuc3.htm": [TONG_KET_2025, HOI_GIANG_2024],
}

# The gold: every field above was written by hand from what the article page prints; category is
# None on every page (an article page names none), see the module docstring.
GOLD = [gold_record(s, s.opts["path"], None) for s in STORIES]

NON_ARTICLES = [
    "/gioithieu.htm",
    "/tkb.htm",
    "/lichthi/Lich_thi_HKI_2026-2027.htm",
    "/danhsach_gv.htm",
]


# --- Word "Web Page" / "Web Page, Filtered" exports ---------------------------------------------

_FONT = 'font-family:"Times New Roman",serif'
_SPAN_FULL = (
    f"style='font-size:13.0pt;line-height:150%;{_FONT};mso-fareast-font-family:\"Times New Roman\"'"
)
_SPAN_FILTERED = f"style='font-size:13.0pt;line-height:150%;{_FONT}'"

# Word writes each rule's declarations one per line, tab-indented; the "(filtered)" save keeps
# only the declarations a browser understands (no mso-*), and no conditional table styles.
_FONTS = [
    (
        "@font-face",
        'font-family:"Cambria Math";panose-1:2 4 5 3 5 4 6 3 2 4;mso-font-charset:0;'
        "mso-generic-font-family:roman;mso-font-pitch:variable;"
        "mso-font-signature:-536869121 1107305727 33554432 0 415 0",
    ),
    (
        "@font-face",
        "font-family:Calibri;panose-1:2 15 5 2 2 2 4 3 2 4;mso-font-charset:0;"
        "mso-generic-font-family:swiss;mso-font-pitch:variable;"
        "mso-font-signature:-469750017 -1073732485 9 0 511 0",
    ),
]
_LIST_PARA = (
    "mso-style-priority:34;mso-style-unhide:no;mso-style-qformat:yes;"
    "mso-style-type:export-only;margin:0cm 0cm 0cm 36.0pt;mso-add-space:auto;"
    'font-size:14.0pt;font-family:"Times New Roman",serif'
)
_STYLES = [
    (
        "p.MsoNormal, li.MsoNormal, div.MsoNormal",
        'mso-style-unhide:no;mso-style-qformat:yes;mso-style-parent:"";margin:0cm;'
        'mso-pagination:widow-orphan;font-size:14.0pt;font-family:"Times New Roman",serif;'
        "mso-fareast-font-family:Calibri;mso-fareast-theme-font:minor-latin;"
        "mso-ansi-language:EN-US;mso-fareast-language:EN-US",
    ),
    (
        "p.MsoCaption, li.MsoCaption, div.MsoCaption",
        "mso-style-priority:35;mso-style-unhide:no;mso-style-qformat:yes;"
        "mso-style-next:Normal;margin-top:0cm;margin-right:0cm;margin-bottom:10.0pt;"
        'margin-left:0cm;font-size:9.0pt;font-family:"Times New Roman",serif;color:#44546A;'
        "mso-themecolor:text2;font-style:italic",
    ),
    (
        "p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph",
        "mso-style-priority:34;mso-style-unhide:no;mso-style-qformat:yes;margin-top:0cm;"
        "margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;mso-add-space:auto;"
        'font-size:14.0pt;font-family:"Times New Roman",serif',
    ),
    *(
        (
            f"p.MsoListParagraphCxSp{k}, li.MsoListParagraphCxSp{k}, div.MsoListParagraphCxSp{k}",
            _LIST_PARA,
        )
        for k in ("First", "Middle", "Last")
    ),
    ("span.SpellE", 'mso-style-name:"";mso-spl-e:yes'),
    (
        ".MsoChpDefault",
        'mso-style-type:export-only;mso-default-props:yes;font-family:"Calibri",sans-serif;'
        "mso-ascii-font-family:Calibri;mso-ascii-theme-font:minor-latin;mso-fareast-language:EN-US",
    ),
    (
        "@page WordSection1",
        "size:595.3pt 841.9pt;margin:42.55pt 42.55pt 42.55pt 70.9pt;mso-header-margin:35.45pt;"
        "mso-footer-margin:35.45pt;mso-paper-source:0",
    ),
    ("div.WordSection1", "page:WordSection1"),
]
_LISTS = [
    (
        "@list l0",
        "mso-list-id:1375811049;mso-list-type:hybrid;mso-list-template-ids:-1402532366 "
        "67698689 67698691 67698693 67698689 67698691 67698693 67698689 67698691 67698693",
    ),
    (
        "@list l0:level1",
        "mso-level-start-at:0;mso-level-number-format:bullet;mso-level-text:-;"
        "mso-level-tab-stop:none;mso-level-number-position:left;margin-left:54.0pt;"
        'text-indent:-18.0pt;font-family:"Times New Roman",serif;'
        'mso-fareast-font-family:"Times New Roman"',
    ),
    ("ol", "margin-bottom:0cm"),
    ("ul", "margin-bottom:0cm"),
]
_TABLE_STYLES = [
    (
        "table.MsoNormalTable",
        'mso-style-name:"Table Normal";mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;'
        'mso-style-noshow:yes;mso-style-priority:99;mso-style-parent:"";'
        "mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-para-margin:0cm;mso-pagination:widow-orphan;"
        'font-size:11.0pt;font-family:"Calibri",sans-serif',
    ),
    (
        "table.MsoTableGrid",
        'mso-style-name:"Table Grid";mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;'
        "mso-style-priority:39;mso-style-unhide:no;border:solid windowtext 1.0pt;"
        "mso-border-alt:solid windowtext .5pt;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;"
        "mso-border-insideh:.5pt solid windowtext;mso-border-insidev:.5pt solid windowtext;"
        "mso-para-margin:0cm;mso-pagination:widow-orphan;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif',
    ),
]


def _css(rules: list[tuple[str, str]], full: bool) -> str:
    out = []
    for selector, props in rules:
        kept = [p for p in props.split(";") if full or not p.startswith("mso-")]
        if kept:
            out.append(selector + "\n\t{" + ";\n\t".join(kept) + ";}")
    return "\n".join(out)


def _word_style(full: bool) -> str:
    sheet = (
        "<style>\n<!--\n /* Font Definitions */\n "
        + _css(_FONTS, full)
        + "\n /* Style Definitions */\n "
        + _css(_STYLES, full)
        + "\n /* List Definitions */\n "
        + _css(_LISTS if full else _LISTS[2:], full)
        + "\n-->\n</style>"
    )
    if full:
        sheet += (
            "\n<!--[if gte mso 10]>\n<style>\n /* Style Definitions */\n "
            + _css(_TABLE_STYLES, full)
            + "\n</style>\n<![endif]-->"
        )
    return sheet


_WORD_STYLE_FULL = _word_style(full=True)
_WORD_STYLE_FILTERED = _word_style(full=False)

_VML_SHAPETYPE = """<v:shapetype
 id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t"
 path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">
 <v:stroke joinstyle="miter"/>
 <v:formulas>
  <v:f eqn="if lineDrawn pixelLineWidth 0"/>
  <v:f eqn="sum @0 1 0"/>
  <v:f eqn="sum 0 0 @1"/>
  <v:f eqn="prod @2 1 2"/>
  <v:f eqn="prod @3 21600 pixelWidth"/>
  <v:f eqn="prod @3 21600 pixelHeight"/>
  <v:f eqn="sum @0 0 1"/>
  <v:f eqn="prod @6 1 2"/>
  <v:f eqn="prod @7 21600 pixelWidth"/>
  <v:f eqn="sum @8 21600 0"/>
  <v:f eqn="prod @7 21600 pixelHeight"/>
  <v:f eqn="sum @10 21600 0"/>
 </v:formulas>
 <v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>
 <o:lock v:ext="edit" aspectratio="t"/>
</v:shapetype>"""


def _word_wrap(markup: str, width: int = 76) -> str:
    """Break long source lines at spaces, as Word's HTML writer does (text and attributes alike)."""
    protected = ("<![if !vml]>", "<![if !supportLists]>", "<!--[if gte vml 1]>")
    for token in protected:
        markup = markup.replace(token, token.replace(" ", "\x00"))
    out: list[str] = []
    for line in markup.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = line.find(" ", width)
            if cut < 0:
                break
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out).replace("\x00", " ")


class _Word:
    """Renders one story as the .htm Word wrote; ``full`` is "Web Page", else "Filtered"."""

    def __init__(self, story: Story):
        self.story = story
        self.o = story.opts
        self.full = self.o["save"] == "full"
        self.span = _SPAN_FULL if self.full else _SPAN_FILTERED
        self.op = "<o:p></o:p>" if self.full else ""
        self.shape = 0

    def t(self, value: str, nfd: bool = False) -> str:
        return text(value, nfd=nfd)

    # paragraphs
    def para(self, value: str, style: str = "") -> str:
        inner = f"<span lang=VI {self.span}>{self.t(value, nfd=style == 'nfd')}{self.op}</span>"
        if style == "lead":
            inner = f"<b>{inner}</b>"
        elif style == "h":
            inner = f"<b><span lang=VI {self.span}>{self.t(value)}</span></b>"
            if self.full:
                inner += f"<span lang=VI {self.span}>{self.op}</span>"
        return (
            "<p class=MsoNormal style='text-align:justify;text-indent:36.0pt;"
            f"line-height:150%'>{inner}</p>"
        )

    def blank(self) -> str:
        filler = "<o:p>&nbsp;</o:p>" if self.full else "&nbsp;"
        return (
            "<p class=MsoNormal style='text-align:justify;line-height:150%'>"
            f"<span lang=VI {self.span}>{filler}</span></p>"
        )

    def centred(self, value: str, fmt: str = "i", align: str = "center", size: str = "") -> str:
        span = f"style='font-size:{size};{_FONT}'" if size else self.span
        inner = f"<span lang=VI {span}>{value}{self.op}</span>"
        for tag in reversed(fmt):
            inner = f"<{tag}>{inner}</{tag}>"
        return f"<p class=MsoNormal align={align} style='text-align:{align};line-height:150%'>{inner}</p>"

    def headline(self) -> list[str]:
        lines = self.o.get("head", [self.story.title])
        size = "14.0pt;line-height:150%"
        if self.o.get("head_br"):
            return [self.centred("<br>\n".join(self.t(x) for x in lines), "b", size=size)]
        return [self.centred(self.t(x), "b", size=size) for x in lines]

    def items(self, values: list[str]) -> list[str]:
        out = []
        for i, value in enumerate(values):
            if len(values) == 1:
                cls = "MsoListParagraph"
            else:
                cls = "MsoListParagraphCxSp" + (
                    "First" if i == 0 else "Last" if i == len(values) - 1 else "Middle"
                )
            gap = "&nbsp;" * 7 + " "
            marker = f"-<span style='font:7.0pt \"Times New Roman\"'>{gap}</span>"
            if self.full:
                marker = (
                    f"<![if !supportLists]><span lang=VI {self.span}><span "
                    f"style='mso-list:Ignore'>{marker}</span></span><![endif]>"
                )
                style = "mso-add-space:auto;text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"
            else:
                marker = f"<span lang=VI {self.span}>{marker}</span>"
                style = "text-align:justify;text-indent:-18.0pt;line-height:150%"
            out.append(
                f"<p class={cls} style='margin-left:54.0pt;{style}'>{marker}"
                f"<span lang=VI {self.span}>{self.t(value)}{self.op}</span></p>"
            )
        return out

    def table(self, rows: list[P]) -> str:
        cells = [r.text.split(" | ") for r in rows]
        ncol = len(cells[0])
        width = 638 // ncol
        tstyle = "border-collapse:collapse;border:none"
        if self.full:
            tstyle += ";mso-border-alt:solid windowtext .5pt;\n mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt"
        out = [
            "<div align=center>\n",
            f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='{tstyle}'>",
        ]
        for r, (row, values) in enumerate(zip(rows, cells, strict=True)):
            attr = ""
            if self.full:
                marks = [f"mso-yfti-irow:{r}"]
                if r == 0:
                    marks.append("mso-yfti-firstrow:yes")
                if r == len(rows) - 1:
                    marks.append("mso-yfti-lastrow:yes")
                attr = f" style='{';'.join(marks)}'"
            out.append(f" <tr{attr}>")
            for c, value in enumerate(values):
                border = "border:solid windowtext 1.0pt" + (";border-left:none" if c else "")
                if r:
                    border += ";border-top:none"
                if self.full:
                    border += ";mso-border-alt:solid windowtext .5pt"
                inner = f"<span lang=VI style='font-size:12.0pt;{_FONT}'>{self.t(value)}{self.op}</span>"
                if row.style == "rowh":
                    inner = f"<b>{inner}</b>"
                centred = c == 0 or row.style == "rowh" or len(value) < 8
                p_attr = " align=center style='text-align:center'" if centred else ""
                out.append(
                    f"  <td width={width} valign=top style='width:{width * 0.75:.1f}pt;{border};"
                    f"padding:0cm 5.4pt 0cm 5.4pt'>\n"
                    f"  <p class=MsoNormal{p_attr}>{inner}</p>\n  </td>"
                )
            out.append(" </tr>")
        out.append("</table>\n\n</div>")
        return "\n".join(out)

    def image(self, img: Img) -> list[str]:
        self.shape += 1
        n = self.shape
        w, h = (520, 300) if img.src.endswith(".gif") else (602, 339 if n % 2 else 401)
        alt_text = self.o.get("alt", {}).get(img.src)
        alt = f' alt="{esc(alt_text)}"' if alt_text else ""
        if self.full:
            number = int(re.search(r"image(\d+)", img.src).group(1))
            vml = self.o.get("vml", {}).get(img.src) or re.sub(
                r"image\d+", f"image{number - 1:03d}", img.src
            )
            shapetype = _VML_SHAPETYPE if n == 1 else ""
            pic = (
                f"<span lang=VI style='mso-no-proof:yes'><!--[if gte vml 1]>{shapetype}<v:shape "
                f'id="Picture_x0020_{n}" o:spid="_x0000_i10{24 + n}" type="#_x0000_t75"{alt} '
                f"style='width:{w * 0.75:g}pt;height:{h * 0.75:g}pt;visibility:visible;"
                "mso-wrap-style:square'>\n"
                f' <v:imagedata src="{vml}" o:title=""/>\n</v:shape><![endif]-->'
                f'<![if !vml]><img width={w} height={h}\nsrc="{img.src}"{alt} '
                f'v:shapes="Picture_x0020_{n}"><![endif]></span><span lang=VI><o:p></o:p></span>'
            )
        else:
            pic = f'<img width={w} height={h} id="Picture {n}" src="{img.src}"{alt}>'
        out = [f"<p class=MsoNormal align=center style='text-align:center'>{pic}</p>"]
        if img.printed and img.style == "caption":
            out.append(
                "<p class=MsoCaption align=center style='text-align:center'>"
                f"<span lang=VI style='font-size:11.0pt;{_FONT}'>{self.t(img.printed)}{self.op}</span></p>"
            )
        elif img.printed:
            out.append(self.centred(self.t(img.printed), "i"))
        return out

    # notices: letterhead, signature
    def _line(self, n: int, left: int, width: int) -> str:
        """The short rule under the letterhead: a drawn line, written out as a tiny picture."""
        ext = "gif" if self.full else "png"
        src = f"{self.folder()}/image{n:03d}.{ext}"
        box = f"left:0px;margin-left:{left}px;margin-top:2px;width:{width}px;height:2px"
        pic = f'<img width={width} height=2 src="{src}"'
        if not self.full:
            return f"<span style='position:absolute;z-index:-1;{box}'>{pic}></span>"
        return (
            f'<!--[if gte vml 1]><v:line id="Straight_x0020_Connector_x0020_{n}" '
            f'o:spid="_x0000_s10{25 + n}"\n style=\'position:absolute;z-index:25165926{n};'
            f'visibility:visible;mso-wrap-style:square\'\n from="80.25pt,2.1pt" '
            f'to="152.25pt,2.1pt" strokeweight=".5pt"/><![endif]-->'
            f"<![if !vml]><span style='mso-ignore:vglayout;position:absolute;z-index:25165926{n};"
            f'{box}\'>{pic} v:shapes="Straight_x0020_Connector_x0020_{n}"></span><![endif]>'
        )

    def _cell_p(
        self, value: str, fmt: str = "", size: str = "12.0pt", align: str = "center"
    ) -> str:
        inner = f"<span lang=VI style='font-size:{size};{_FONT}'>{value}{self.op}</span>"
        for tag in reversed(fmt):
            inner = f"<{tag}>{inner}</{tag}>"
        p_attr = f" align={align} style='text-align:{align}'" if align != "left" else ""
        return f"  <p class=MsoNormal{p_attr}>{inner}</p>"

    def _layout_table(self, rows: list[list[list[str]]], widths: tuple[int, int]) -> str:
        tstyle = "border-collapse:collapse;border:none"
        if self.full:
            tstyle += (
                ";mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n "
                "mso-border-insideh:none;mso-border-insidev:none"
            )
        out = [
            f"<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 width={sum(widths)}"
            f"\n style='width:{sum(widths) * 0.75:.1f}pt;{tstyle}'>"
        ]
        for r, row in enumerate(rows):
            out.append(f" <tr style='mso-yfti-irow:{r}'>" if self.full else " <tr>")
            for width, paras in zip(widths, row, strict=True):
                out.append(
                    f"  <td width={width} valign=top style='width:{width * 0.75:.2f}pt;"
                    "padding:0cm 5.4pt 0cm 5.4pt'>"
                )
                out.extend(paras)
                out.append("  </td>")
            out.append(" </tr>")
        out.append("</table>")
        return "\n".join(out)

    def letterhead(self) -> str:
        n = self.o["notice"]
        left = [
            self._cell_p(esc(SO_UP)),
            self._cell_p(self.t(SCHOOL_UP), "b"),
            self._cell_p(self._line(1, 86, 98), size="6.0pt"),
        ]
        right = [
            self._cell_p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"),
            self._cell_p("Độc lập - Tự do - Hạnh phúc", "b", size="13.0pt"),
            self._cell_p(self._line(2, 92, 184), size="6.0pt"),
        ]
        row2 = [
            [self._cell_p(self.t(n["so"]), size="13.0pt")],
            [self._cell_p(self.t(n["place_date"]), "i", size="13.0pt", align="right")],
        ]
        return self._layout_table([[left, right], row2], (265, 387))

    def signature(self) -> str:
        n = self.o["notice"]
        left = [self._cell_p("Nơi nhận:", "bi", align="left")]
        left += [self._cell_p(self.t(x), size="11.0pt", align="left") for x in n["noi_nhan"]]
        right = [self._cell_p(self.t(x), "b", size="13.0pt") for x in n["sign_titles"]]
        right.append(self._cell_p(self.t(n["signed"]), "i", size="13.0pt"))
        empty = "<o:p>&nbsp;</o:p>" if self.full else "&nbsp;"
        right += [f"  <p class=MsoNormal align=center style='text-align:center'>{empty}</p>"] * 2
        right.append(self._cell_p(self.t(n["signer"]), "b", size="13.0pt"))
        return self._layout_table([[left, right]], (319, 333))

    # the whole document
    def file_name(self) -> str:
        return self.o["path"].rsplit("/", 1)[1]

    def folder(self) -> str:
        return self.file_name()[: -len(".htm")] + "_files"

    def body(self) -> str:
        parts: list[str] = []
        notice = "notice" in self.o
        if notice:
            parts += [self.letterhead(), self.blank()]
        parts += self.headline()
        if self.o.get("dateline"):
            value, align = self.o["dateline"]
            parts.append(self.centred(self.t(value), "i", align=align))
        parts.append(self.blank())
        blocks = self.story.blocks
        i = 0
        while i < len(blocks):
            block = blocks[i]
            if isinstance(block, P) and block.style in ("li", "row", "rowh"):
                kinds = ("li",) if block.style == "li" else ("row", "rowh")
                j = i
                while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in kinds:
                    j += 1
                group = blocks[i:j]
                if block.style == "li":
                    parts += self.items([b.text for b in group])
                else:
                    parts += [self.table(group), self.blank()]
                i = j
                continue
            if isinstance(block, P):
                if block.style == "h" and notice:
                    parts.append(self.blank())
                parts.append(self.para(block.text, block.style))
            elif isinstance(block, Img):
                parts += self.image(block)
            elif block is BLANK:
                parts.append(self.blank())
            i += 1
        parts.append(self.blank())
        if notice:
            parts.append(self.signature())
        for value, fmt in self.o.get("byline", []):
            parts.append(self.centred(self.t(value), fmt, align="right"))
        return _word_wrap("\n\n".join(parts))

    def head(self) -> str:
        o, enc = self.o, self.o["enc"]
        title = esc(o["doc_title"])
        if not self.full:
            return (
                f'<html>\n\n<head>\n<meta http-equiv=Content-Type content="text/html; charset={enc}">\n'
                '<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
                f"<title>{title}</title>\n{_WORD_STYLE_FILTERED}\n\n</head>\n\n"
                "<body lang=EN-US link=blue vlink=\"#954F72\" style='word-wrap:break-word'>\n\n"
            )
        folder = self.folder()
        words = sum(len(p.split()) for p in self.story.paragraphs)
        chars = sum(len(p) for p in self.story.paragraphs)
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml"\n'
            'xmlns:o="urn:schemas-microsoft-com:office:office"\n'
            'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
            'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
            f'<meta http-equiv=Content-Type content="text/html; charset={enc}">\n'
            "<meta name=ProgId content=Word.Document>\n"
            '<meta name=Generator content="Microsoft Word 15">\n'
            '<meta name=Originator content="Microsoft Word 15">\n'
            f'<link rel=File-List href="{folder}/filelist.xml">\n'
            f"<title>{title}</title>\n"
            "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
            "  <o:Author>Admin</o:Author>\n"
            f"  <o:LastAuthor>{o.get('last_author', 'Admin')}</o:LastAuthor>\n"
            f"  <o:Revision>{2 + self.story.id % 5}</o:Revision>\n"
            f"  <o:TotalTime>{17 + self.story.id * 7}</o:TotalTime>\n"
            f"  <o:Created>{o['created']}</o:Created>\n"
            f"  <o:LastSaved>{o['saved']}</o:LastSaved>\n"
            "  <o:Pages>1</o:Pages>\n"
            f"  <o:Words>{words}</o:Words>\n"
            f"  <o:Characters>{chars}</o:Characters>\n"
            "  <o:Company>Truong THPT Tam Duong</o:Company>\n"
            f"  <o:Lines>{chars // 80 + 1}</o:Lines>\n"
            f"  <o:Paragraphs>{len(self.story.paragraphs)}</o:Paragraphs>\n"
            f"  <o:CharactersWithSpaces>{chars + words}</o:CharactersWithSpaces>\n"
            "  <o:Version>16.00</o:Version>\n </o:DocumentProperties>\n"
            " <o:OfficeDocumentSettings>\n  <o:AllowPNG/>\n </o:OfficeDocumentSettings>\n"
            "</xml><![endif]-->\n"
            f'<link rel=themeData href="{folder}/themedata.thmx">\n'
            f'<link rel=colorSchemeMapping href="{folder}/colorschememapping.xml">\n'
            "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:Zoom>110</w:Zoom>\n"
            "  <w:SpellingState>Clean</w:SpellingState>\n"
            "  <w:GrammarState>Clean</w:GrammarState>\n"
            "  <w:TrackMoves>false</w:TrackMoves>\n  <w:TrackFormatting/>\n"
            "  <w:PunctuationKerning/>\n  <w:ValidateAgainstSchemas/>\n"
            "  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>\n"
            "  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>\n"
            "  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>\n"
            "  <w:DoNotPromoteQF/>\n  <w:LidThemeOther>VI</w:LidThemeOther>\n"
            "  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>\n"
            "  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>\n"
            "  <w:Compatibility>\n   <w:BreakWrappedTables/>\n   <w:SnapToGridInCell/>\n"
            "   <w:WrapTextWithPunct/>\n   <w:UseAsianBreakRules/>\n"
            "   <w:DontGrowAutofit/>\n  </w:Compatibility>\n"
            '  <m:mathPr>\n   <m:mathFont m:val="Cambria Math"/>\n  </m:mathPr></w:WordDocument>\n'
            "</xml><![endif]-->\n"
            f"{_WORD_STYLE_FULL}<!--[if gte mso 9]><xml>\n"
            ' <o:shapedefaults v:ext="edit" spidmax="1028"/>\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
            ' <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n'
            " </o:shapelayout></xml><![endif]-->\n</head>\n\n"
            "<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>\n\n"
        )

    def render(self) -> bytes:
        page = (
            self.head()
            + "<div class=WordSection1>\n\n"
            + self.body()
            + "\n\n</div>\n\n</body>\n\n</html>\n"
        )
        return cp1258_bytes(page) if self.o["enc"] == "windows-1258" else page.encode("utf-8")

    def files(self) -> dict[str, tuple[str, bytes]]:
        """The Word folder beside the page: its pictures and (full saves) Word's own files."""
        base = self.o["path"].rsplit("/", 1)[0] + "/"
        names: list[str] = []
        for img in self.story.images:
            names.append(img.src)
            if self.full:
                number = int(re.search(r"image(\d+)", img.src).group(1))
                names.append(
                    self.o.get("vml", {}).get(img.src)
                    or re.sub(r"image\d+", f"image{number - 1:03d}", img.src)
                )
        if "notice" in self.o:
            ext = "gif" if self.full else "png"
            names += [f"{self.folder()}/image001.{ext}", f"{self.folder()}/image002.{ext}"]
        out: dict[str, tuple[str, bytes]] = {}
        for name in names:
            static = static_file(name)
            out[unquote(base + name)] = (static.headers["Content-Type"], static.payload())
        if self.full:
            listed = "".join(f' <o:File HRef="{n.rsplit("/", 1)[1]}"/>\n' for n in names)
            filelist = (
                '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
                f' <o:MainFile HRef="../{self.file_name()}"/>\n'
                ' <o:File HRef="themedata.thmx"/>\n <o:File HRef="colorschememapping.xml"/>\n'
                f'{listed} <o:File HRef="filelist.xml"/>\n</xml>'
            )
            folder = unquote(base + self.folder())
            out[folder + "/filelist.xml"] = ("text/xml", filelist.encode())
            out[folder + "/themedata.thmx"] = (
                "application/vnd.ms-officetheme",
                b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64,
            )
            out[folder + "/colorschememapping.xml"] = (
                "text/xml",
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                b'<a:clrMap xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                b'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
                b'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" '
                b'hlink="hlink" folHlink="folHlink"/>',
            )
        return out


# --- the exam timetable: a Word export too, but only a heading and a table ----------------------

LICH_THI = Story(
    id=14,
    slug="Lich_thi_HKI_2026-2027",
    title="LỊCH KIỂM TRA CUỐI HỌC KỲ I NĂM HỌC 2026 - 2027",
    cat="Lịch thi",
    published_at=None,
    blocks=[
        P("Ngày | Buổi | Môn kiểm tra | Khối | Thời gian làm bài | Giờ phát đề", "rowh"),
        P("21/12/2026 | Sáng | Ngữ văn | 10, 11, 12 | 90 phút | 07h30", "row"),
        P("21/12/2026 | Chiều | Lịch sử | 10, 11, 12 | 45 phút | 14h00", "row"),
        P("22/12/2026 | Sáng | Toán | 10, 11, 12 | 90 phút | 07h30", "row"),
        P("22/12/2026 | Chiều | Tiếng Anh | 10, 11, 12 | 60 phút | 14h00", "row"),
        P("23/12/2026 | Sáng | Các môn lựa chọn | 10, 11, 12 | 45 phút | 07h30", "row"),
    ],
    opts={
        "path": "/lichthi/Lich_thi_HKI_2026-2027.htm",
        "enc": "utf-8",
        "save": "full",
        "doc_title": "LỊCH KIỂM TRA CUỐI HỌC KỲ I",
        "created": "2026-11-16T03:00:00Z",
        "saved": "2026-11-16T03:25:00Z",
    },
)


# --- the Dreamweaver template ----------------------------------------------------------------------

_MENU = [
    ("index.htm", "Trang chủ"),
    ("gioithieu.htm", "Giới thiệu"),
    ("tintuc.htm", "Tin tức"),
    ("thongbao.htm", "Thông báo"),
    ("tkb.htm", "Thời khóa biểu"),
    ("lichthi/Lich_thi_HKI_2026-2027.htm", "Lịch thi"),
    ("danhsach_gv.htm", "Đội ngũ"),
    ("mailto:c3tamduong.laichau@moet.edu.vn", "Liên hệ"),
]


def _menu(prefix: str = "") -> str:
    cells = "\n".join(
        f'    <td class="menu"><a href="{href if href.startswith("mailto:") else prefix + href}">'
        f"{esc(label)}</a></td>"
        for href, label in _MENU
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n  <tr>\n'
        f"{cells}\n  </tr>\n</table>"
    )


def _template(doctitle: str, content: str, *, editable: bool = True) -> str:
    """A page of the site made from /Templates/main.dwt (``editable=False``: the .dwt itself)."""
    if editable:
        begin, end = "InstanceBeginEditable", "InstanceEndEditable"
        instance = (
            '<!-- InstanceBegin template="/Templates/main.dwt" codeOutsideHTMLIsLocked="false" -->'
        )
        prefix, menu = (
            "",
            (f'<!-- #BeginLibraryItem "/Library/menu.lbi" -->{_menu()}<!-- #EndLibraryItem -->'),
        )
    else:
        begin, end = "TemplateBeginEditable", "TemplateEndEditable"
        instance, prefix = "", "../"
        menu = (
            f'<!-- #BeginLibraryItem "/Library/menu.lbi" -->{_menu(prefix)}<!-- #EndLibraryItem -->'
        )
    links = [
        ("http://www.moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
        ("http://laichau.edu.vn", "Sở GD&ĐT Lai Châu"),
        ("http://truonghocketnoi.edu.vn", "Trường học kết nối"),
        ("http://violet.vn", "Thư viện Violet"),
        ("http://thuvienhoclieu.com", "Thư viện học liệu"),
    ]
    link_rows = "\n".join(
        f'          <tr><td class="lk">&bull; <a href="{u}" target="_blank">{esc(t)}</a></td></tr>'
        for u, t in links
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">{instance}
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!-- {begin} name="doctitle" -->
<title>{esc(doctitle)}</title>
<!-- {end} -->
<link href="{prefix}css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
function MM_preloadImages() {{ //v3.0
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}
}}
//-->
</script>
<!-- {begin} name="head" --><!-- {end} -->
</head>

<body onload="MM_preloadImages('{prefix}images/menu_over.gif')">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td colspan="2"><img src="{prefix}images/banner.jpg" width="980" height="160" alt="{esc(SCHOOL)} - Lai Châu" /></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#0B5394">{menu}</td>
  </tr>
  <tr>
    <td colspan="2" class="thanhngay"><span class="ngay">{TODAY}</span>
      <marquee scrollamount="3">Chào mừng quý thầy cô và các em học sinh đến với website {esc(SCHOOL)}!</marquee></td>
  </tr>
  <tr>
    <td width="200" valign="top" class="cottrai">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="tieudebox">LIÊN KẾT</td></tr>
{link_rows}
      </table>
      <p>&nbsp;</p>
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="tieudebox">THỐNG KÊ</td></tr>
        <tr><td align="center">Số lượt truy cập:<br />
          <a href="http://www.amazingcounters.com"><img src="http://cc.amazingcounters.com/counter.php?i=3084511&amp;c=9117362" border="0" alt="Bộ đếm truy cập" /></a></td></tr>
      </table>
    </td>
    <td width="780" valign="top" class="noidung"><!-- {begin} name="noidung" -->
{content}
    <!-- {end} --></td>
  </tr>
  <tr>
    <td colspan="2" class="footer"><p><strong>{esc(SCHOOL_UP)}</strong><br />
      Địa chỉ: {ADDRESS}<br />
      Điện thoại: 0213.3875.126 - Email: c3tamduong.laichau@moet.edu.vn<br />
      Bản quyền &copy; 2010 {esc(SCHOOL)}. Thiết kế: Tổ Tin học.</p></td>
  </tr>
</table>
</body>
{"<!-- InstanceEnd -->" if editable else ""}</html>
"""


def _rel(story: Story) -> str:
    return story.opts["path"].lstrip("/")


def _entry(story: Story, word: bool = True) -> str:
    line = (
        f'&raquo; <a href="{_rel(story)}">{esc(story.opts["list_title"])}</a> '
        f'<span class="ngaydang">({story.opts["listed"]})</span>'
    )
    if word and story.opts.get("doc"):
        line += f' <a href="{_rel(story)[: -len(".htm")]}.doc" class="taive">[Tải bản Word]</a>'
    return line


_DEAD_ENTRY = (
    f'&raquo; <a href="{DEAD_LINK.lstrip("/")}">Giao lưu Câu lạc bộ tiếng Anh '
    '&quot;English Club&quot; năm học 2026 - 2027</a> <span class="ngaydang">(25/9/2026)</span>'
)


def _pager(current: int) -> str:
    names = ["tintuc.htm", "tintuc2.htm", "tintuc3.htm"]
    links = [
        f"<strong>{n}</strong>" if n == current else f'<a href="{names[n - 1]}">{n}</a>'
        for n in (1, 2, 3)
    ]
    return f'<p class="trang" align="center">Trang: {"&nbsp; ".join(links)}</p>'


def _news_page(path: str) -> str:
    number = list(NEWS_PAGES).index(path) + 1
    entries = [_DEAD_ENTRY if s == "dead" else _entry(s) for s in NEWS_PAGES[path]]
    if number == 2:
        rows = "\n".join(
            f'      <tr>\n        <td width="12" valign="top"><img src="images/muiten.gif" '
            f'width="9" height="9" alt="" /></td>\n        <td class="dong">{e}</td>\n      </tr>'
            for e in entries
        )
        items = f'    <table width="100%" border="0" cellspacing="2" cellpadding="3">\n{rows}\n    </table>'
    else:
        items = (
            '    <ul class="dstin">\n'
            + "\n".join(f"      <li>{e}</li>" for e in entries)
            + "\n    </ul>"
        )
    heading = "TIN TỨC - SỰ KIỆN" + (" (tiếp)" if number > 1 else "")
    note = (
        '    <p class="ghichu"><em>Các bài viết từ năm học 2024 - 2025 trở về trước.</em></p>\n'
        if number == 3
        else ""
    )
    content = f'    <h2 class="tieude">{heading}</h2>\n{note}{items}\n    <p>&nbsp;</p>\n    {_pager(number)}'
    return _template(f"Tin tức - {SCHOOL}" + (f" - Trang {number}" if number > 1 else ""), content)


def _notices_page() -> str:
    rows = []
    for i, story in enumerate(NOTICES, 1):
        doc = (
            f'<a href="{_rel(story)[: -len(".htm")]}.doc">Tải về</a>'
            if story.opts.get("doc")
            else "&nbsp;"
        )
        rows.append(
            f'      <tr>\n        <td align="center">{i}</td>\n'
            f"        <td>{_entry(story, word=False)}</td>\n"
            f'        <td align="center">{doc}</td>\n      </tr>'
        )
    content = (
        '    <h2 class="tieude">THÔNG BÁO</h2>\n'
        '    <table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">\n'
        '      <tr bgcolor="#DDEEFF">\n        <td width="40" align="center"><strong>STT</strong></td>\n'
        '        <td align="center"><strong>Nội dung</strong></td>\n'
        '        <td width="70" align="center"><strong>Tải về</strong></td>\n      </tr>\n'
        + "\n".join(rows)
        + "\n    </table>"
    )
    return _template(f"Thông báo - {SCHOOL}", content)


def _home_page() -> str:
    news = []
    for story in NEWS[:3]:
        href = _rel(story)
        if story is MIT_TINH:
            href = unquote(href)  # typed by hand with its spaces
        news.append(
            f'      <li>&raquo; <a href="{href}">{esc(story.opts["list_title"])}</a> '
            f'<span class="ngaydang">({story.opts["listed"]})</span></li>'
        )
    notices = "\n".join(f"      <li>{_entry(s, word=False)}</li>" for s in NOTICES[:2])
    content = f"""    <table width="100%" border="0" cellspacing="0" cellpadding="5">
      <tr>
        <td width="300" valign="top"><img src="images/truong.jpg" width="300" height="200" alt="Toàn cảnh nhà trường" /></td>
        <td valign="top"><p class="chao"><strong>Chào mừng quý vị đến với website {esc(SCHOOL)}!</strong></p>
          <p>Trang thông tin của nhà trường: tin tức, thông báo, thời khóa biểu, lịch thi dành cho cán bộ, giáo viên, học sinh và cha mẹ học sinh.</p></td>
      </tr>
    </table>
    <h2 class="tieude">TIN MỚI</h2>
    <ul class="dstin">
{chr(10).join(news)}
    </ul>
    <p align="right"><a href="tintuc.htm">Xem tiếp &raquo;</a></p>
    <h2 class="tieude">THÔNG BÁO MỚI</h2>
    <ul class="dstin">
{notices}
    </ul>
    <p align="right"><a href="thongbao.htm">Xem tất cả thông báo &raquo;</a></p>"""
    return _template(f"{SCHOOL} - Lai Châu", content)


def _intro_page() -> str:
    """Giới thiệu: written in 2010 with Dreamweaver 8, which stored letters as entities."""
    paras = [
        "Trường THPT Tam Đường được thành lập năm 1978, tiền thân là Trường cấp III Bình Lư, "
        "đóng trên địa bàn thị trấn Tam Đường, tỉnh Lai Châu.",
        "Trải qua hơn 30 năm xây dựng và trưởng thành, nhà trường đã đào tạo hàng nghìn học sinh "
        "là con em các dân tộc Thái, Mông, Dao, Giáy, Lự, Kinh trên địa bàn. Nhiều thế hệ học sinh "
        "đã trở thành cán bộ chủ chốt của huyện, của tỉnh.",
        "Nhà trường luôn chú trọng xây dựng đội ngũ cán bộ, giáo viên có phẩm chất đạo đức tốt, "
        "vững vàng về chuyên môn, tận tụy với nghề, gắn bó với học sinh vùng cao.",
    ]
    body = "\n".join(f"    <p>{text(p, entities=1)}</p>" for p in paras)
    content = (
        f'    <h2 class="tieude">{text("GIỚI THIỆU CHUNG", entities=1)}</h2>\n'
        '    <p align="center"><img src="images/cong_truong.jpg" width="500" height="300" '
        'alt="" /></p>\n'
        f"{body}\n"
        f"    <p><strong>{text('Ban giám hiệu:', entities=1)}</strong></p>\n"
        "    <ul>\n"
        f"      <li>{text('Hiệu trưởng: Thầy Nguyễn Văn Kiên', entities=1)}</li>\n"
        f"      <li>{text('Phó Hiệu trưởng: Thầy Tẩn Văn Páo', entities=1)}</li>\n"
        f"      <li>{text('Phó Hiệu trưởng: Cô Lò Thị Nguyệt', entities=1)}</li>\n"
        "    </ul>"
    )
    return _template(f"Giới thiệu - {SCHOOL}", content)


def _simple_table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f'<td align="center"><strong>{esc(h)}</strong></td>' for h in headers)
    body = "\n".join(
        "      <tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        '    <table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">\n'
        f'      <tr bgcolor="#DDEEFF">{head}</tr>\n{body}\n    </table>'
    )


def _timetable_page() -> str:
    rows = [
        ["1", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "Vật lí", "Lịch sử"],
        ["2", "Toán", "Toán", "Ngữ văn", "Hóa học", "Tin học", "Sinh hoạt"],
        ["3", "Ngữ văn", "Tiếng Anh", "GDQP-AN", "Toán", "Ngữ văn", "Vật lí"],
        ["4", "Hóa học", "Lịch sử", "Thể dục", "Toán", "Tiếng Anh", "HĐTN-HN"],
        ["5", "Tin học", "Vật lí", "Thể dục", "GD địa phương", "Hóa học", ""],
    ]
    content = (
        '    <h2 class="tieude">THỜI KHÓA BIỂU HỌC KỲ I - NĂM HỌC 2026 - 2027</h2>\n'
        '    <p align="center"><em>Áp dụng từ ngày 02/11/2026 - Lớp 12A1 (buổi sáng)</em></p>\n'
        + _simple_table(["Tiết", "Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7"], rows)
        + "\n    <p><em>Thời khóa biểu các lớp khác xem tại bảng tin nhà trường.</em></p>"
    )
    return _template(f"Thời khóa biểu - {SCHOOL}", content)


def _staff_page() -> str:
    rows = [
        ["1", "Nguyễn Văn Kiên", "1974", "Toán", "Thạc sĩ", "Hiệu trưởng"],
        ["2", "Tẩn Văn Páo", "1979", "Lịch sử", "Thạc sĩ", "Phó Hiệu trưởng"],
        ["3", "Lò Thị Nguyệt", "1982", "Hóa học", "Đại học", "Phó Hiệu trưởng"],
        ["4", "Đinh Thị Thu", "1985", "Ngữ văn", "Thạc sĩ", "Tổ trưởng"],
        ["5", "Hà Văn Dũng", "1983", "Tin học", "Đại học", "Tổ trưởng"],
        ["6", "Lường Thị Hoa", "1988", "Tiếng Anh", "Đại học", ""],
        ["7", "Vàng Thị Mai", "1990", "Sinh học", "Đại học", ""],
    ]
    content = (
        '    <h2 class="tieude">DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2026 - 2027</h2>\n'
        + _simple_table(["STT", "Họ và tên", "Năm sinh", "Môn", "Trình độ", "Chức vụ"], rows)
        + '\n    <p><a href="Templates/main.dwt">&laquo; Quay lại</a></p>'
    )
    return _template(f"Danh sách giáo viên - {SCHOOL}", content)


# --- the Apache host --------------------------------------------------------------------------------

_APACHE_404 = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
<p>Additionally, a 404 Not Found
error was encountered while trying to use an ErrorDocument to handle the request.</p>
</body></html>
"""

_APACHE_403 = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>403 Forbidden</title>
</head><body>
<h1>Forbidden</h1>
<p>You don't have permission to access this resource.</p>
</body></html>
"""

#: the start of an OLE2 compound file, as every .doc begins
_DOC_BYTES = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 482
)


class WordExportSite:
    """Files on a shared Apache host: a path answers its file, a folder 403, anything else 404."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        page = "text/html"
        self.add("/index.htm", page, _home_page())
        for path in NEWS_PAGES:
            self.add(path, page, _news_page(path))
        self.add("/thongbao.htm", page, _notices_page())
        self.add("/gioithieu.htm", page, _intro_page())
        self.add("/tkb.htm", page, _timetable_page())
        self.add("/danhsach_gv.htm", page, _staff_page())
        for story in [*STORIES, LICH_THI]:
            word = _Word(story)
            self.add(story.opts["path"], page, word.render())
            for path, (ctype, body) in word.files().items():
                self.add(path, ctype, body)
            if story.opts.get("doc"):
                self.add(
                    story.opts["path"][: -len(".htm")] + ".doc", "application/msword", _DOC_BYTES
                )
        octet = "application/octet-stream"
        self.add(
            "/Templates/main.dwt",
            octet,
            _template("Untitled Document", "<p>Nội dung</p>", editable=False),
        )
        self.add("/Library/menu.lbi", octet, _menu("../"))
        self.add("/css/style.css", "text/css", b"body{font-family:Tahoma,Arial;font-size:12px}")
        for name in ("banner.jpg", "truong.jpg", "cong_truong.jpg", "muiten.gif", "menu_over.gif"):
            static = static_file(name)
            self.add(f"/images/{name}", static.headers["Content-Type"], static.payload())
        self.folders = {
            path[: i + 1] for path in self.files for i, ch in enumerate(path) if ch == "/" and i
        }

    def add(self, path: str, ctype: str, body: str | bytes) -> None:
        self.files[unquote(path)] = (ctype, body.encode("utf-8") if isinstance(body, str) else body)

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path == "/":
            path = "/index.htm"
        if path in self.files:
            ctype, body = self.files[path]
            return Response(
                200, body, {"Content-Type": ctype, "Server": "Apache", "Accept-Ranges": "bytes"}
            )
        if path in self.folders:
            return html(_APACHE_403, status=403, charset="iso-8859-1", headers={"Server": "Apache"})
        return html(_APACHE_404, status=404, charset="iso-8859-1", headers={"Server": "Apache"})


def build_site() -> WordExportSite:
    return WordExportSite()
