"""Trường Chính trị tỉnh Thái Nguyên on Liferay DXP 7.4 (Classic-derived theme "tct-theme"):
texts whose last lines look like signatures but are content, beside posts that really sign.

Platform
--------
Liferay 7.4 site ``/web/truong-chinh-tri`` (group friendly URL). Every section is a content page
holding an Asset Publisher portlet (``portlet-boundary_com_liferay_asset_publisher_web_portlet_
AssetPublisherPortlet_INSTANCE_<id>``) in "abstracts" display, 5 per page, with Liferay's
page iterator ("Hiển thị 1 - 5 của 6 kết quả.", «, 1, 2, »). Articles are Web Content
(Journal) rendered by the FreeMarker template "Tin bài" inside
``<div class="asset-full-content"> … <div class="journal-content-article">``:
``h1.tieu-de``, a meta row (``Ngày đăng: 20/11/2026 09:30`` when the editor set a time,
Liferay's short display date ``02/12/2026`` when not), an optional structure field
"Tác giả" (printed as ``Tác giả: ThS. …``), the "Chuyên mục" asset category, the optional sapo
field (``div.sapo``, bold), then the CKEditor 4 rich text ``div.noi-dung``. After the content:
print icon (a real link to the pop-up print view), share links, tags (plain badges), "Tin khác"
(3 newest others of the section) and the discussion form ("Bình luận").

Header: logo, today's date "Thứ Sáu, ngày 04/12/2026" (never a publication date), navigation;
left column "Tin đọc nhiều", visitor counter "Đang online / Hôm nay / Tổng truy cập", poll
"Thăm dò ý kiến", link list; footer with address, phone and "Powered by Liferay".

URL scheme
----------
- ``/`` answers 302 to ``/web/truong-chinh-tri`` (home: 5 newest articles, a box of the 2 newest of
  each other section).
- ``/web/truong-chinh-tri/<section>`` with section ``tin-hoat-dong``, ``nghien-cuu-khoa-hoc``,
  ``dao-tao``, ``van-ban-chi-dao``; page n: ``?p_r_p_resetCur=false&_<AP>_cur=n`` where ``<AP>``
  is the portlet id ``com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>``
  (``cur=1`` is page 1 again).
- ``/web/truong-chinh-tri/-/<slug>``: the article's friendly URL (display page), the canonical
  URL every article view prints, linked from the home page, "Tin đọc nhiều" and "Tin khác".
- ``/web/truong-chinh-tri/<section>/-/asset_publisher/<id>/content/<slug>?_<AP>_redirect=<listing>``:
  the same article as the section listings link it (the redirect names the listing page);
  ``…/content/<slug>?p_p_state=pop_up&_<AP>_viewMode=print``: the print view (same article, bare
  pop-up chrome). Both are in the gold's ``alt_paths``.
- ``/web/truong-chinh-tri/gioi-thieu``, ``/web/truong-chinh-tri/lien-he``: content pages with a
  ``journal-content-article`` but no date (non-articles).
- ``/web/truong-chinh-tri/van-ban-chi-dao/-/document_library/<id>/view_file/<fileEntryId>``:
  Documents and Media entries listed under "Văn bản mới" on the section page; a title, an upload
  date, version and "Tải về" — a document entry, not an article. The file itself lives at
  ``/documents/20121/<folder>/<name>.pdf/<uuid>``.
- Images: ``/documents/20121/<folderId>/<name>.jpg/<uuid>?t=<ms>`` (printed relative).

How each gold article is reached
--------------------------------
- 5 newest articles on the home page; 2 newest of Nghiên cứu khoa học, Đào tạo and Văn bản chỉ
  đạo in the home boxes; the rest through the section listings (which link the asset-publisher
  form) or "Tin khác"/"Tin đọc nhiều" (which link the friendly form).
- Tin hoạt động has 6 articles: the oldest (``dem-tho-ca-khuc-…``) is listed only on page 2 of
  the section (``…_cur=2``); no other page links it.

Traps (the point of this portal)
--------------------------------
Last lines that look like signatures but are content:
- the thi đua post ends with the list of Chiến sĩ thi đua "1. Đồng chí Nguyễn Văn Hùng – Giảng
  viên Khoa Lý luận cơ sở" … (names in bold, post after the dash): body, no author;
- the đêm thơ post ends with a stanza of "Việt Bắc" (lines broken with <br>) and a right-aligned
  "(Trích thơ Tố Hữu)": body; its author is the structure's "Tác giả" field;
- the 20/11 post reproduces the Hiệu trưởng's letter under the sub-heading "Thư chúc mừng của
  Hiệu trưởng" in a framed box ending "Thân ái!", right-aligned bold "HIỆU TRƯỞNG" and
  "TS. Đặng Văn Minh": the letter's signature is body; below the box the post's own byline
  "Phòng Tổ chức - Hành chính" (right, bold italic) is the author;
- the hội thảo post ends with the quote "Học, học nữa, học mãi." and a right-aligned "— V.I.
  Lênin": body; the author is the "Tác giả: ThS. Nguyễn Thị Lan Anh" field;
- the Tuyên Quang post ends with "Đoàn công tác gồm:" and 5 names with posts, one per line
  (<br>, left-aligned): body, no author.
Posts that really sign: "Xin trân trọng giới thiệu!" (body) then "ThS. Hoàng Thu Trang – Khoa
Nhà nước và pháp luật" (author Hoàng Thu Trang); a bare right-aligned "Minh Hằng" (author);
"NHÓM PV" (author as printed); "Phòng Quản lý đào tạo" (a unit, author as printed);
"Tin, ảnh: Đỗ Văn Khánh" (both); "Tin: …; Ảnh: …"; "Nguồn: …"/"Theo Báo Thái Nguyên" (source).
Other traps: the same article at three URLs (friendly, asset-publisher content with redirect,
print pop-up); "Cập nhật lần cuối" modified dates; the header's today; the document entry and the
static pages in the article template's clothes; "Ảnh: Internet" inside a caption.

Gold decisions
--------------
- title: ``h1.tieu-de``; published_at: the "Ngày đăng" line (with its time when printed).
- summary: the ``div.sapo`` field where filled (also the first body paragraph).
- body: ``div.noi-dung`` paragraphs, sub-headings, list items, each <br> line, table rows (cells
  joined by " | "); captions and the byline/source lines are not body.
- images: photos of ``div.noi-dung`` in order; caption = the italic/centred line, the figcaption
  or the plain paragraph right under the photo; a photo with nothing under it has None.
- category: the "Chuyên mục" label (same as the breadcrumb's section).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "names_in_body_tct"
PLATFORM = "Liferay DXP 7.4 (Asset Publisher + Web Content, friendly URLs /web/<site>/-/<slug>)"
SITE = "/web/truong-chinh-tri"
START_PATH = SITE
TODAY = "Thứ Sáu, ngày 04/12/2026"
SITE_TITLE = "Trường Chính trị tỉnh Thái Nguyên"
PER_PAGE = 5
GROUP_ID = 20121

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "dao-tao": "Đào tạo",
    "van-ban-chi-dao": "Văn bản chỉ đạo",
}
#: the Asset Publisher instance of each section page
AP_INSTANCE = {
    "tin-hoat-dong": "Kq3vT8nWbZ1x",
    "nghien-cuu-khoa-hoc": "Rm7cY2pLdQ4s",
    "dao-tao": "Hb5nE9wXuJ6k",
    "van-ban-chi-dao": "Vz1gA4tMfC8r",
}
DL_INSTANCE = "Dl9pQ2wEoB3y"


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def dl(name: str, folder: int) -> str:
    """A Documents and Media download URL as Liferay prints it (with its cache-busting ``t``)."""
    stamp = 1763000000000 + int(hashlib.md5(name.encode()).hexdigest()[:7], 16)
    return f"/documents/{GROUP_ID}/{folder}/{name}/{_uuid(name)}?t={stamp}"


def ap_id(cat: str) -> str:
    return (
        f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_INSTANCE[cat]}"
    )


def section_path(cat: str, page: int = 1) -> str:
    if page == 1:
        return f"{SITE}/{cat}"
    return f"{SITE}/{cat}?p_r_p_resetCur=false&_{ap_id(cat)}_cur={page}"


def article_path(story: Story) -> str:
    return f"{SITE}/-/{story.slug}"


def content_path(story: Story) -> str:
    return f"{SITE}/{story.cat}/-/asset_publisher/{AP_INSTANCE[story.cat]}/content/{story.slug}"


def listed_path(story: Story, page: int) -> str:
    """The link of a section listing: the content view with the listing as ``redirect``."""
    back = quote(section_path(story.cat, page), safe="")
    return f"{content_path(story)}?_{ap_id(story.cat)}_redirect={back}"


def print_path(story: Story) -> str:
    return f"{content_path(story)}?p_p_state=pop_up&_{ap_id(story.cat)}_viewMode=print"


# --- the articles, as the editors typed them (newest first within each category) --------------
#
# P styles: "" paragraph (justified), "h" sub-heading (<h3>), "li" bullet item, "br" a line of a
# paragraph broken with <br> (consecutive "br" blocks are one <p>), "verse" a line of a poem
# stanza (consecutive "verse" lines are one centred italic <p> with <br>), "right" right-aligned
# content line, "rightb" right-aligned bold content line (inside a letter box when opts["letter"]),
# "award" "N. Đồng chí X – post" with the name in bold, "quote" blockquote, "row"/"th" table rows
# (cells joined by " | "), "letter" a paragraph of the reproduced letter (inside the box).
# Img styles: "em" centred italic line under the photo, "fig" figure/figcaption, "plain" plain
# paragraph under the photo, "none" nothing printed.
# opts: time (None: the page prints only the day), meta_author (the structure's "Tác giả" field as
# printed), modified (Liferay's "Cập nhật lần cuối"), tags, views.

S_TONGKET = "hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2026"
S_DOANCT = "doan-cong-tac-truong-chinh-tri-tinh-tham-quan-hoc-tap-kinh-nghiem-tai-tuyen-quang"
S_THUCHUC = "truong-chinh-tri-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_HOITHAO = "ky-niem-ngay-nha-giao-bang-hoat-dong-the-thao-van-nghe"
S_CHIBO = "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-4"
S_DEMTHO = "dem-tho-ca-khuc-cach-mang-chao-mung-ngay-nha-giao"
S_LENIN = "hoi-thao-khoa-hoc-tu-hoc-suot-doi-cua-can-bo-dang-vien"
S_SACH = "gioi-thieu-cuon-sach-xay-dung-nha-nuoc-phap-quyen-xhcn-viet-nam"
S_NGHIEMTHU = "nghiem-thu-de-tai-khoa-hoc-cap-co-so-nam-2026"
S_LICHHOC = "lich-hoc-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4"
S_KHAIGIANG = "khai-giang-lop-trung-cap-ly-luan-chinh-tri-k79"
S_NGHIQUYET = "huong-dan-hoc-tap-quan-triet-nghi-quyet-hoi-nghi-trung-uong-lan-thu-14"
S_CHITHI = "trien-khai-chi-thi-ve-tang-cuong-cong-tac-phong-chong-lang-phi"

STORIES: list[Story] = [
    Story(
        1,
        S_TONGKET,
        "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026",
        "tin-hoat-dong",
        "2026-12-02",
        [
            P(
                "Hội nghị đã đánh giá kết quả thực hiện các phong trào thi đua trong năm; biểu dương, "
                "khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác giảng dạy, "
                "nghiên cứu khoa học và phục vụ đào tạo."
            ),
            Img(
                dl("tong-ket-thi-dua-2026.jpg", 48120),
                "Quang cảnh Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026",
                "Quang cảnh Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026",
                "em",
            ),
            P(
                "Năm 2026, Nhà trường tổ chức 46 lớp học với 3.215 học viên, trong đó có 12 lớp Trung "
                "cấp lý luận chính trị - hành chính, 28 lớp bồi dưỡng cán bộ cơ sở và 6 lớp bồi dưỡng "
                "kiến thức quốc phòng - an ninh. Tỷ lệ học viên tốt nghiệp đạt 99,6%, trong đó 31,4% "
                "đạt loại giỏi."
            ),
            P(
                "Công tác nghiên cứu khoa học có bước chuyển biến rõ nét: 9 đề tài cấp cơ sở được nghiệm "
                "thu, 2 đề tài cấp tỉnh đang triển khai; giảng viên đăng 34 bài viết trên các tạp chí, "
                "kỷ yếu hội thảo trong và ngoài tỉnh."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Hiệu trưởng yêu cầu các khoa, phòng tiếp tục đổi mới nội "
                "dung, phương pháp giảng dạy, gắn lý luận với thực tiễn địa phương; đẩy mạnh chuyển đổi "
                "số trong quản lý đào tạo."
            ),
            P(
                "Tại Hội nghị, Hiệu trưởng Nhà trường đã tặng Giấy khen cho 4 tập thể và 18 cá nhân; "
                "công bố quyết định công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2026 cho các đồng chí:"
            ),
            P("1. Đồng chí Nguyễn Văn Hùng – Giảng viên Khoa Lý luận cơ sở", "award"),
            P("2. Đồng chí Lê Thị Thanh Hương – Trưởng khoa Xây dựng Đảng", "award"),
            P("3. Đồng chí Trần Minh Đức – Phó Trưởng phòng Quản lý đào tạo", "award"),
            P("4. Đồng chí Ngô Thị Bích Ngọc – Giảng viên Khoa Nhà nước và pháp luật", "award"),
        ],
        summary=(
            "Chiều 01/12/2026, Trường Chính trị tỉnh Thái Nguyên tổ chức Hội nghị tổng kết công tác "
            "thi đua, khen thưởng năm 2026 và triển khai nhiệm vụ năm 2027."
        ),
        sapo_outside=True,
        opts={"time": None, "tags": ["thi đua", "khen thưởng"]},
    ),
    Story(
        2,
        S_DOANCT,
        "Đoàn công tác Trường Chính trị tỉnh tham quan, học tập kinh nghiệm tại Tuyên Quang",
        "tin-hoat-dong",
        "2026-11-26",
        [
            P(
                "Trong hai ngày 24 và 25/11/2026, Đoàn công tác Trường Chính trị tỉnh Thái Nguyên do "
                "đồng chí Trần Quốc Toản, Phó Hiệu trưởng làm Trưởng đoàn đã đến thăm, làm việc và học "
                "tập kinh nghiệm tại Trường Chính trị tỉnh Tuyên Quang."
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về đổi mới nội dung chương trình "
                "bồi dưỡng cán bộ cơ sở, tổ chức cho học viên đi nghiên cứu thực tế và xây dựng đội ngũ "
                "giảng viên kiêm chức."
            ),
            Img(
                dl("lam-viec-tuyen-quang.jpg", 48133),
                "Đoàn công tác chụp ảnh lưu niệm với lãnh đạo Trường Chính trị tỉnh Tuyên Quang",
                "Đoàn công tác chụp ảnh lưu niệm với lãnh đạo Trường Chính trị tỉnh Tuyên Quang",
                "fig",
            ),
            P(
                "Đoàn cũng đã đến dâng hương tại Khu di tích quốc gia đặc biệt Tân Trào, tham quan Lán "
                "Nà Nưa và Đình Tân Trào – nơi diễn ra nhiều sự kiện lịch sử trọng đại của dân tộc."
            ),
            P("Đoàn công tác gồm:"),
            P("Đồng chí Trần Quốc Toản, Phó Hiệu trưởng – Trưởng đoàn;", "br"),
            P("Đồng chí Lê Thị Thanh Hương, Trưởng khoa Xây dựng Đảng;", "br"),
            P("Đồng chí Vũ Đình Khôi, Trưởng phòng Quản lý đào tạo;", "br"),
            P("Đồng chí Đinh Thị Mai, Phó Trưởng khoa Lý luận cơ sở;", "br"),
            P("Đồng chí Hà Văn Sơn, Chuyên viên Phòng Tổ chức - Hành chính.", "br"),
        ],
        opts={"time": "14:15", "tags": ["học tập kinh nghiệm"]},
    ),
    Story(
        3,
        S_THUCHUC,
        "Trường Chính trị tỉnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-hoat-dong",
        "2026-11-20",
        [
            P(
                "Sáng 19/11/2026, Trường Chính trị tỉnh Thái Nguyên long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam. Dự buổi lễ có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh "
                "ủy, Sở Giáo dục và Đào tạo cùng toàn thể cán bộ, giảng viên, nhân viên Nhà trường."
            ),
            Img(
                dl("ky-niem-20-11.jpg", 48101),
                "Các đại biểu dự Lễ kỷ niệm",
                "Các đại biểu dự Lễ kỷ niệm",
                "plain",
            ),
            P(
                "Nhân dịp này, TS. Đặng Văn Minh, Hiệu trưởng Nhà trường đã gửi thư chúc mừng tới các "
                "thầy giáo, cô giáo, cán bộ, nhân viên. Ban Biên tập Trang thông tin điện tử trân trọng "
                "giới thiệu toàn văn bức thư:"
            ),
            P("Thư chúc mừng của Hiệu trưởng", "h"),
            P("Thân gửi các thầy giáo, cô giáo, cán bộ, nhân viên Nhà trường!", "letter"),
            P(
                "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, thay mặt Đảng ủy, Ban Giám hiệu, tôi "
                "thân ái gửi tới các thầy giáo, cô giáo, cán bộ, nhân viên và các thế hệ nhà giáo đã "
                "nghỉ hưu lời thăm hỏi ân cần, lời chúc mừng tốt đẹp nhất.",
                "letter",
            ),
            P(
                "Năm qua, trong bối cảnh sắp xếp tổ chức bộ máy, mỗi thầy cô vẫn giữ vững tinh thần "
                "trách nhiệm, tận tụy với từng bài giảng, từng lớp học. Những kết quả ấy là niềm tự hào "
                "chung của tập thể Nhà trường.",
                "letter",
            ),
            P(
                "Mong rằng mỗi thầy cô tiếp tục giữ gìn phẩm chất “vừa hồng vừa chuyên”, không ngừng học "
                "tập, nghiên cứu, xứng đáng với sự tin yêu của học viên và của Đảng bộ, nhân dân tỉnh nhà.",
                "letter",
            ),
            P("Chúc các thầy cô và gia đình mạnh khỏe, hạnh phúc và thành công!", "letter"),
            P("Thân ái!", "letter"),
            P("HIỆU TRƯỞNG", "rightb"),
            P("TS. Đặng Văn Minh", "rightb"),
            Raw(
                '<p style="text-align: right;"><strong><em>Phòng Tổ chức - Hành chính</em></strong></p>'
            ),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={"time": "09:30", "tags": ["20/11", "nhà giáo"], "letter": True},
    ),
    Story(
        4,
        S_HOITHAO,
        "Sôi nổi các hoạt động thể thao, văn nghệ chào mừng Ngày Nhà giáo Việt Nam",
        "tin-hoat-dong",
        "2026-11-17",
        [
            P(
                "Hưởng ứng đợt thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam, Công đoàn cơ sở phối hợp "
                "với Đoàn Thanh niên Nhà trường tổ chức giải bóng chuyền hơi, thi kéo co và hội diễn văn "
                "nghệ với sự tham gia của 8 đội đến từ các khoa, phòng."
            ),
            Img(
                dl("bong-chuyen-hoi.jpg", 48102),
                "Trận chung kết môn bóng chuyền hơi nữ",
                "Trận chung kết môn bóng chuyền hơi nữ",
                "em",
            ),
            P(
                "Sau 3 ngày thi đấu sôi nổi, đội Khoa Xây dựng Đảng giành giải Nhất bóng chuyền hơi; "
                "đội liên quân Phòng Tổ chức - Hành chính và Phòng Quản trị - Tài vụ giành giải Nhất kéo "
                "co."
            ),
            P(
                "Hội diễn văn nghệ với chủ đề “Khúc hát người thầy” gồm 16 tiết mục đơn ca, tốp ca, múa "
                "và hát then, đàn tính đặc sắc của đồng bào dân tộc Tày, Nùng tỉnh Thái Nguyên."
            ),
            Img(dl("hoi-dien-van-nghe.jpg", 48103), None, None, "none"),
            P(
                "Các hoạt động đã tạo không khí vui tươi, đoàn kết, góp phần động viên cán bộ, giảng "
                "viên hoàn thành tốt nhiệm vụ chính trị năm 2026."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Hằng</strong></p>'),
        ],
        authors=["Minh Hằng"],
        opts={"time": None, "tags": ["công đoàn", "văn nghệ"]},
    ),
    Story(
        5,
        S_CHIBO,
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        "tin-hoat-dong",
        "2026-11-10",
        [
            P(
                "Ngày 07/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Nâng cao chất "
                "lượng sinh hoạt chi bộ gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
                "Minh”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những ưu điểm, hạn chế trong nội "
                "dung sinh hoạt chi bộ thời gian qua; đề xuất nhiều giải pháp cụ thể như chuẩn bị kỹ "
                "nội dung, phân công đảng viên chuẩn bị tham luận, tăng cường tính chiến đấu trong tự "
                "phê bình và phê bình."
            ),
            P("Chi bộ thống nhất 3 nhóm giải pháp trọng tâm:", "h"),
            P("Đổi mới cách thức chuẩn bị và điều hành sinh hoạt chi bộ;", "li"),
            P("Gắn nội dung chuyên đề với nhiệm vụ giảng dạy của từng đảng viên;", "li"),
            P("Định kỳ đánh giá, rút kinh nghiệm sau mỗi kỳ sinh hoạt chuyên đề.", "li"),
            P(
                "Kết thúc buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên đăng ký ít nhất "
                "một việc làm cụ thể để thực hiện trong quý I năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>NHÓM PV</strong></p>'),
        ],
        authors=["NHÓM PV"],
        opts={"time": "08:00", "tags": ["chi bộ"]},
    ),
    Story(
        6,
        S_DEMTHO,
        "Đêm thơ – ca khúc cách mạng chào mừng Ngày Nhà giáo Việt Nam",
        "tin-hoat-dong",
        "2026-10-30",
        [
            P(
                "Tối 28/10/2026, tại Hội trường A, Đoàn Thanh niên Trường Chính trị tỉnh tổ chức đêm "
                "thơ – ca khúc cách mạng với chủ đề “Thầy – người chở đò tri thức”."
            ),
            P(
                "Chương trình gồm 14 tiết mục ngâm thơ, đọc thơ và biểu diễn ca khúc cách mạng do "
                "học viên các lớp Trung cấp lý luận chính trị K77, K78 và đoàn viên thanh niên Nhà "
                "trường thể hiện."
            ),
            Img(
                dl("dem-tho-20-11.jpg", 48090),
                "Tiết mục ngâm thơ của học viên lớp K78",
                "Tiết mục ngâm thơ của học viên lớp K78",
                "em",
            ),
            P(
                "Để lại nhiều cảm xúc nhất là phần ngâm bài thơ “Việt Bắc” của học viên Hoàng Văn Bình, "
                "lớp K78, khép lại đêm thơ bằng những câu thơ quen thuộc:"
            ),
            P("Mình về mình có nhớ ta", "verse"),
            P("Mười lăm năm ấy thiết tha mặn nồng.", "verse"),
            P("Mình về mình có nhớ không", "verse"),
            P("Nhìn cây nhớ núi, nhìn sông nhớ nguồn?", "verse"),
            P("(Trích thơ Tố Hữu)", "right"),
        ],
        authors=["Phạm Thị Ngọc Lan"],
        opts={"time": "21:10", "meta_author": "Phạm Thị Ngọc Lan", "tags": ["đoàn thanh niên"]},
    ),
    Story(
        7,
        S_LENIN,
        "Hội thảo khoa học “Tự học suốt đời của cán bộ, đảng viên trong bối cảnh chuyển đổi số”",
        "nghien-cuu-khoa-hoc",
        "2026-11-24",
        [
            P("Bối cảnh và mục tiêu", "h"),
            P(
                "Hội thảo nhằm làm rõ cơ sở lý luận và thực tiễn của việc tự học, tự bồi dưỡng của cán "
                "bộ, đảng viên; đánh giá thực trạng và đề xuất giải pháp xây dựng văn hóa tự học trong "
                "đội ngũ cán bộ cấp cơ sở của tỉnh."
            ),
            P(
                "Ban Tổ chức đã nhận được 27 tham luận của giảng viên Nhà trường, các trung tâm chính "
                "trị cấp huyện và một số nhà khoa học của Đại học Thái Nguyên; 8 tham luận được trình "
                "bày trực tiếp tại hội thảo."
            ),
            Img(
                dl("hoi-thao-tu-hoc.jpg", 48120),
                "TS. Đặng Văn Minh, Hiệu trưởng phát biểu đề dẫn Hội thảo",
                "TS. Đặng Văn Minh, Hiệu trưởng phát biểu đề dẫn Hội thảo",
                "fig",
            ),
            P("Một số kết quả nổi bật", "h"),
            P(
                "Các ý kiến thống nhất rằng tự học không chỉ là nhu cầu cá nhân mà là trách nhiệm chính "
                "trị của người cán bộ; cần có cơ chế khuyến khích, công nhận kết quả tự học và khai thác "
                "hiệu quả các nền tảng học tập trực tuyến."
            ),
            P(
                "Kết luận hội thảo, đồng chí Hiệu trưởng nhấn mạnh: mỗi giảng viên phải là tấm gương "
                "tự học, và nhắc lại lời dạy mà các thế hệ cán bộ vẫn khắc ghi:"
            ),
            P("“Học, học nữa, học mãi.”", "quote"),
            P("— V.I. Lênin", "right"),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        summary=(
            "Ngày 21/11/2026, Trường Chính trị tỉnh Thái Nguyên tổ chức Hội thảo khoa học cấp trường "
            "với chủ đề “Tự học suốt đời của cán bộ, đảng viên trong bối cảnh chuyển đổi số”."
        ),
        sapo_outside=True,
        opts={
            "time": "10:00",
            "meta_author": "ThS. Nguyễn Thị Lan Anh",
            "tags": ["hội thảo", "chuyển đổi số"],
            "modified": "03/12/2026 16:42",
        },
    ),
]

STORIES += [
    Story(
        8,
        S_SACH,
        "Giới thiệu cuốn sách “Xây dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới”",
        "nghien-cuu-khoa-hoc",
        "2026-11-12",
        [
            P(
                "Cuốn sách do Nhà xuất bản Chính trị quốc gia Sự thật ấn hành năm 2026, dày 412 trang, "
                "tập hợp các bài viết của nhiều nhà khoa học, nhà quản lý về lý luận và thực tiễn xây "
                "dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam."
            ),
            P(
                "Sách gồm 3 phần. Phần thứ nhất làm rõ những vấn đề lý luận chung về Nhà nước pháp "
                "quyền; phần thứ hai phân tích thực trạng hoàn thiện thể chế, tổ chức bộ máy nhà nước "
                "sau khi thực hiện mô hình chính quyền địa phương hai cấp; phần thứ ba đề xuất các định "
                "hướng, giải pháp đến năm 2030, tầm nhìn đến năm 2045."
            ),
            Img(
                dl("bia-sach-nha-nuoc-phap-quyen.jpg", 48095),
                "Bìa cuốn sách",
                "Bìa cuốn sách",
                "plain",
            ),
            P(
                "Đây là tài liệu tham khảo có giá trị đối với giảng viên, học viên các lớp Trung cấp lý "
                "luận chính trị - hành chính, đặc biệt ở các bài giảng thuộc học phần “Những vấn đề cơ "
                "bản về hệ thống chính trị, Nhà nước và pháp luật”."
            ),
            P(
                "Hiện cuốn sách đã có tại Thư viện Nhà trường (phòng đọc tầng 2, nhà B); bạn đọc có thể "
                "mượn đọc tại chỗ hoặc mượn về theo quy định."
            ),
            P("Xin trân trọng giới thiệu!"),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Hoàng Thu Trang – Khoa Nhà nước và pháp '
                "luật</strong></p>"
            ),
        ],
        authors=["Hoàng Thu Trang"],
        opts={"time": None, "tags": ["giới thiệu sách", "nhà nước pháp quyền"]},
    ),
    Story(
        9,
        S_NGHIEMTHU,
        "Nghiệm thu đề tài khoa học cấp cơ sở năm 2026",
        "nghien-cuu-khoa-hoc",
        "2026-10-22",
        [
            P(
                "Từ ngày 15 đến 20/10/2026, Hội đồng khoa học Nhà trường đã tổ chức nghiệm thu 5 đề tài "
                "khoa học cấp cơ sở năm 2026. Các đề tài bám sát yêu cầu đổi mới nội dung, phương pháp "
                "giảng dạy và thực tiễn công tác xây dựng Đảng, chính quyền ở cơ sở."
            ),
            P("Kết quả nghiệm thu cụ thể như sau:"),
            P("TT | Tên đề tài | Chủ nhiệm | Xếp loại", "th"),
            P(
                "1 | Nâng cao chất lượng đi nghiên cứu thực tế của học viên lớp Trung cấp lý luận chính "
                "trị | ThS. Vũ Đình Khôi | Xuất sắc",
                "row",
            ),
            P(
                "2 | Ứng dụng bản đồ tư duy trong giảng dạy học phần Lịch sử Đảng | ThS. Đinh Thị Mai | Tốt",
                "row",
            ),
            P(
                "3 | Giải pháp phát triển đảng viên trong doanh nghiệp ngoài nhà nước | TS. Lê Thị Thanh "
                "Hương | Xuất sắc",
                "row",
            ),
            P(
                "4 | Xây dựng ngân hàng câu hỏi kiểm tra trực tuyến | ThS. Trần Minh Đức | Tốt",
                "row",
            ),
            P(
                "5 | Kỹ năng giải quyết tình huống cho cán bộ tư pháp cấp xã | ThS. Hoàng Thu Trang | Tốt",
                "row",
            ),
            Img(
                dl("nghiem-thu-de-tai.jpg", 48070),
                "Hội đồng khoa học nghiệm thu đề tài",
                "Hội đồng khoa học nghiệm thu đề tài",
                "em",
            ),
            P(
                "Hội đồng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn thiện báo cáo tổng "
                "hợp và nộp về Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 15/11/2026."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Đỗ Văn Khánh</em></p>'),
        ],
        authors=["Đỗ Văn Khánh"],
        photographers=["Đỗ Văn Khánh"],
        opts={"time": "16:05", "tags": ["đề tài khoa học"]},
    ),
    Story(
        10,
        S_LICHHOC,
        "Lịch học lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4, khóa II năm 2026",
        "dao-tao",
        "2026-11-28",
        [
            P(
                "Phòng Quản lý đào tạo thông báo lịch học lớp bồi dưỡng kiến thức quốc phòng và an ninh "
                "đối tượng 4, khóa II năm 2026 (học tại Hội trường B, Trường Chính trị tỉnh) như sau:"
            ),
            P("Ngày | Buổi sáng | Buổi chiều", "th"),
            P(
                "Thứ Hai, 07/12/2026 | Khai giảng; Chuyên đề 1 | Chuyên đề 2",
                "row",
            ),
            P("Thứ Ba, 08/12/2026 | Chuyên đề 3 | Chuyên đề 4", "row"),
            P("Thứ Tư, 09/12/2026 | Chuyên đề 5 | Thảo luận tổ", "row"),
            P("Thứ Năm, 10/12/2026 | Chuyên đề 6 | Viết thu hoạch; Bế giảng", "row"),
            P(
                "Học viên có mặt trước 7 giờ 15 phút ngày 07/12/2026 để làm thủ tục nhập học; trang phục "
                "lịch sự, mang theo thẻ đảng viên hoặc giấy tờ tùy thân."
            ),
            P("Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo, điện thoại 0208 3856 247."),
            Raw('<p style="text-align: right;"><strong>Phòng Quản lý đào tạo</strong></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"time": "15:20", "tags": ["quốc phòng an ninh", "lịch học"]},
    ),
    Story(
        11,
        S_KHAIGIANG,
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K79 hệ không tập trung",
        "dao-tao",
        "2026-11-05",
        [
            P(
                "Lớp học có 86 học viên là cán bộ, công chức cấp xã, cán bộ các sở, ban, ngành và doanh "
                "nghiệp trên địa bàn tỉnh; thời gian học 8 tháng, theo chương trình mới ban hành kèm theo "
                "Quyết định của Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh."
            ),
            Img(
                dl("khai-giang-k79.jpg", 48060),
                "Đồng chí Trần Quốc Toản, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Trần Quốc Toản, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "em",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên xác định rõ động cơ, "
                "thái độ học tập đúng đắn, chấp hành nghiêm quy chế đào tạo, tích cực nghiên cứu tài "
                "liệu và liên hệ thực tiễn công tác của địa phương, đơn vị."
            ),
            P(
                "Đại diện lớp học, đồng chí Nông Thị Huyền, cán bộ Ủy ban nhân dân xã Phú Đình, hứa sẽ "
                "đoàn kết, khắc phục khó khăn, hoàn thành tốt chương trình khóa học."
            ),
            Img(
                dl("khai-giang-k79-2.jpg", 48060),
                "Học viên lớp K79 tại buổi khai giảng",
                "Học viên lớp K79 tại buổi khai giảng",
                "fig",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lương Thị Phương; Ảnh: Nguyễn Đức '
                "Thắng</strong></p>"
            ),
        ],
        authors=["Lương Thị Phương"],
        photographers=["Nguyễn Đức Thắng"],
        summary=(
            "Sáng 03/11/2026, Trường Chính trị tỉnh Thái Nguyên tổ chức Lễ khai giảng lớp Trung cấp lý "
            "luận chính trị - hành chính K79 hệ không tập trung."
        ),
        sapo_outside=True,
        opts={"time": "07:30", "tags": ["khai giảng", "trung cấp lý luận"]},
    ),
    Story(
        12,
        S_NGHIQUYET,
        "Hướng dẫn học tập, quán triệt Nghị quyết Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa XIII",
        "van-ban-chi-dao",
        "2026-11-19",
        [
            P(
                "Ban Tuyên giáo và Dân vận Tỉnh ủy vừa ban hành Hướng dẫn học tập, quán triệt Nghị quyết "
                "Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa XIII trong toàn Đảng bộ tỉnh."
            ),
            P("Đối tượng và hình thức", "h"),
            P(
                "Cán bộ chủ chốt của tỉnh học tập tập trung tại hội nghị trực tuyến do Tỉnh ủy tổ chức;",
                "li",
            ),
            P(
                "Cán bộ, đảng viên các chi, đảng bộ cơ sở học tập tại chi bộ, có viết bài thu hoạch;",
                "li",
            ),
            P("Trường Chính trị tỉnh biên soạn tài liệu hỏi – đáp phục vụ học tập.", "li"),
            P("Thời gian hoàn thành", "h"),
            P(
                "Việc học tập, quán triệt hoàn thành trước ngày 31/12/2026; các cấp ủy báo cáo kết quả "
                "về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 10/01/2027."
            ),
            Raw(
                '<p style="text-align: right;"><em>Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy Thái '
                "Nguyên</em></p>"
            ),
        ],
        source="Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên",
        summary=(
            "Nhằm giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết, tạo sự thống nhất về "
            "nhận thức và hành động, Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tổ chức học tập như sau."
        ),
        sapo_outside=True,
        opts={"time": None, "tags": ["nghị quyết"]},
    ),
    Story(
        13,
        S_CHITHI,
        "Triển khai Chỉ thị về tăng cường công tác phòng, chống lãng phí",
        "van-ban-chi-dao",
        "2026-10-15",
        [
            P(
                "Thực hiện Chỉ thị số 27-CT/TU ngày 02/10/2026 của Ban Thường vụ Tỉnh ủy về tăng cường "
                "sự lãnh đạo của Đảng đối với công tác phòng, chống lãng phí, Đảng ủy Trường Chính trị "
                "tỉnh đã ban hành kế hoạch triển khai thực hiện."
            ),
            Img(
                dl("phong-chong-lang-phi.jpg", 48040),
                "Ảnh minh họa (Ảnh: Internet)",
                "Ảnh minh họa (Ảnh: Internet)",
                "em",
            ),
            P(
                "Kế hoạch yêu cầu các chi bộ tổ chức quán triệt đến 100% đảng viên; rà soát việc sử "
                "dụng tài sản công, kinh phí chi thường xuyên, tiết kiệm điện, nước, văn phòng phẩm; "
                "công khai các khoản chi tại hội nghị cán bộ, viên chức."
            ),
            P(
                "Phòng Quản trị - Tài vụ là đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện định "
                "kỳ 6 tháng và hằng năm về Đảng ủy."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Thái Nguyên</em></p>'),
        ],
        source="Báo Thái Nguyên",
        opts={"time": "08:45", "tags": ["phòng chống lãng phí"]},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def sorted_stories(stories: list[Story]) -> list[Story]:
    return sorted(
        stories, key=lambda s: (s.published_at, s.opts.get("time") or "00:00"), reverse=True
    )


def section_stories(cat: str) -> list[Story]:
    return sorted_stories([s for s in STORIES if s.cat == cat])


def page_of(story: Story) -> int:
    return section_stories(story.cat).index(story) // PER_PAGE + 1


def _published(story: Story) -> str:
    time = story.opts.get("time")
    return f"{story.published_at}T{time}:00+07:00" if time else story.published_at


GOLD = [
    {
        **gold_record(
            s,
            article_path(s),
            CATEGORIES[s.cat],
            alt_paths=(content_path(s), listed_path(s, page_of(s)), print_path(s)),
        ),
        "published_at": _published(s),
    }
    for s in STORIES
]

DOC_FILES = {
    48211: (
        "Quyết định số 1245/QĐ-TCT về việc mở lớp bồi dưỡng kiến thức quốc phòng và an ninh "
        "đối tượng 4, khóa II năm 2026",
        "qd-1245-qd-tct.pdf",
        "12/11/2026 10:24",
        "312 KB",
    ),
    48212: (
        "Kế hoạch số 86-KH/ĐU triển khai Chỉ thị 27-CT/TU về phòng, chống lãng phí",
        "kh-86-kh-du.pdf",
        "10/10/2026 15:02",
        "198 KB",
    ),
}


def doc_entry_path(entry: int) -> str:
    return f"{SITE}/van-ban-chi-dao/-/document_library/{DL_INSTANCE}/view_file/{entry}"


NON_ARTICLES = [
    section_path("tin-hoat-dong", 2),
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    doc_entry_path(48211),
    section_path("nghien-cuu-khoa-hoc"),
]

MOST_READ = [S_THUCHUC, S_KHAIGIANG, S_NGHIQUYET, S_SACH]


# --- printing -------------------------------------------------------------------------------


def date_short(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def date_line(story: Story) -> str:
    time = story.opts.get("time")
    return f"Ngày đăng: {date_short(story)} {time}" if time else date_short(story)


def _award(p: P) -> str:
    m = re.fullmatch(r"(\d+\. )(.+?)( – .+)", p.text)
    assert m, p.text
    return f"{esc(m.group(1))}<strong>{esc(m.group(2))}</strong>{esc(m.group(3))}"


def _image(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 640px; height: 427px;" />'
    if img.style == "fig":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="image" style="text-align: center;">{tag}{cap}</figure>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed and img.style == "em":
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    elif img.printed and img.style == "plain":
        out += f'\n<p style="text-align: center;">{esc(img.printed)}</p>'
    return out


def render_body(story: Story) -> str:
    """CKEditor output: runs of list items, <br> lines, verse lines and table rows are grouped."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    in_letter = False
    while i < len(blocks):
        b = blocks[i]
        letter = isinstance(b, P) and (
            b.style == "letter" or (b.style == "rightb" and story.opts.get("letter"))
        )
        if letter and not in_letter:
            out.append(
                '<div class="khung-thu" style="border: 1px solid #b22222; padding: 15px 25px;">'
            )
            in_letter = True
        elif not letter and in_letter:
            out.append("</div>")
            in_letter = False
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(b))
        elif b.style in ("li", "br", "verse", "row", "th"):
            group = [b]
            kinds = ("row", "th") if b.style in ("row", "th") else (b.style,)
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style in kinds
            ):
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{text(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append("<p>" + "<br />\n".join(text(p.text) for p in group) + "</p>")
            elif b.style == "verse":
                lines = "<br />\n".join(text(p.text) for p in group)
                out.append(f'<p style="text-align: center;"><em>{lines}</em></p>')
            else:
                rows = []
                for p in group:
                    cell = "th" if p.style == "th" else "td"
                    rows.append(
                        "<tr>"
                        + "".join(f"<{cell}>{text(c)}</{cell}>" for c in p.text.split(" | "))
                        + "</tr>"
                    )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
        elif b.style == "h":
            out.append(f"<h3><strong>{text(b.text)}</strong></h3>")
        elif b.style == "award":
            out.append(f'<p style="text-align: justify;">{_award(b)}</p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><strong>{text(b.text)}</strong></p></blockquote>")
        elif b.style == "right":
            out.append(f'<p style="text-align: right;"><em>{text(b.text)}</em></p>')
        elif b.style == "rightb":
            out.append(f'<p style="text-align: right;"><strong>{text(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    if in_letter:
        out.append("</div>")
    return "\n".join(out)


def article_template(story: Story) -> str:
    """The "Tin bài" FreeMarker template's output inside ``journal-content-article``."""
    author = story.opts.get("meta_author")
    author_html = (
        f'<div class="tac-gia">Tác giả: <strong>{esc(author)}</strong></div>' if author else ""
    )
    sapo = (
        f'<div class="sapo"><strong>{esc(story.summary)}</strong></div>'
        if story.sapo_outside
        else ""
    )
    modified = story.opts.get("modified")
    modified_html = (
        f'<div class="ngay-cap-nhat text-muted small">Cập nhật lần cuối: {modified}</div>'
        if modified
        else ""
    )
    return f"""<div class="tin-bai">
<h1 class="tieu-de">{esc(story.title)}</h1>
<div class="meta-tin"><span class="ngay-dang"><i class="icon-calendar"></i> {date_line(story)}</span>
<span class="chuyen-muc">Chuyên mục: <a href="{section_path(story.cat)}">{esc(CATEGORIES[story.cat])}</a></span>
<span class="luot-xem">Lượt xem: {story.views()}</span></div>
{author_html}
{sapo}
<div class="noi-dung">
{render_body(story)}
</div>
{modified_html}
</div>"""


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{article_path(BY_SLUG[s])}">{esc(BY_SLUG[s].title)}</a></li>'
        for s in MOST_READ
    )
    return f"""<aside class="col-md-3 cot-trai">
<section class="portlet" id="portlet_tin_doc_nhieu"><h2 class="portlet-title-text">Tin đọc nhiều</h2>
<ul class="list-unstyled tin-doc-nhieu">{most}</ul></section>
<section class="portlet" id="portlet_thong_ke"><h2 class="portlet-title-text">Thống kê truy cập</h2>
<ul class="list-unstyled thong-ke"><li>Đang online: 14</li><li>Hôm nay: 382</li>
<li>Tổng truy cập: 2.145.871</li></ul></section>
<section class="portlet" id="portlet_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_p0ll">
<h2 class="portlet-title-text">Thăm dò ý kiến</h2>
<form method="post" action="{SITE}?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_p0ll&amp;p_p_lifecycle=1">
<p>Bạn đánh giá thế nào về Trang thông tin điện tử của Nhà trường?</p>
<label><input type="radio" name="choiceId" value="1"> Rất hữu ích</label><br>
<label><input type="radio" name="choiceId" value="2"> Hữu ích</label><br>
<label><input type="radio" name="choiceId" value="3"> Cần cải thiện</label><br>
<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button></form></section>
<section class="portlet" id="portlet_lien_ket"><h2 class="portlet-title-text">Liên kết</h2>
<ul class="list-unstyled"><li><a href="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>
<li><a href="https://thainguyen.dcs.vn">Đảng bộ tỉnh Thái Nguyên</a></li>
<li><a href="https://thainguyen.gov.vn">Cổng TTĐT tỉnh Thái Nguyên</a></li></ul></section>
</aside>"""


def layout(
    title: str, main: str, crumbs: list[tuple[str, str]] | None = None, head: str = ""
) -> str:
    nav = "".join(
        f'<li class="lfr-nav-item nav-item"><a class="nav-link" href="{href}"><span>{esc(label)}</span></a></li>'
        for href, label in [
            (SITE, "Trang chủ"),
            (f"{SITE}/gioi-thieu", "Giới thiệu"),
            *((section_path(k), v) for k, v in CATEGORIES.items()),
            (f"{SITE}/lien-he", "Liên hệ"),
        ]
    )
    crumb_html = ""
    if crumbs:
        items = "".join(
            f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{h}"><span class="breadcrumb-text-truncate">{esc(t)}</span></a></li>'
            for h, t in crumbs
        )
        crumb_html = f'<nav aria-label="Breadcrumb"><ol class="breadcrumb">{items}</ol></nav>'
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/o/tct-theme/images/favicon.ico" rel="icon" />
<link href="/o/tct-theme/css/clay.css?browserId=other&amp;themeId=tcttheme_WAR_tcttheme&amp;languageId=vi_VN&amp;t=1763612000000" rel="stylesheet" />
<link href="/o/tct-theme/css/main.css?browserId=other&amp;themeId=tcttheme_WAR_tcttheme&amp;t=1763612000000" rel="stylesheet" />
{head}
<script>var themeDisplay=Liferay.ThemeDisplay={{getLanguageId:function(){{return "vi_VN";}},getScopeGroupId:function(){{return "{GROUP_ID}";}}}};</script>
<script src="/o/frontend-js-web/liferay/global.bundle.js?t=1763612000000"></script>
</head>
<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="pt-0" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><div class="container"><span class="ngay-hom-nay">{TODAY}</span>
<span class="float-right"><a href="/c/portal/login?p_l_id=8">Đăng nhập</a></span></div></div>
<div class="container"><a class="logo" href="{SITE}" title="Về {esc(SITE_TITLE)}"><img alt="" src="/image/layout_set_logo?img_id=40122&amp;t=1763612000000" height="90" />
<span class="site-name">{esc(SITE_TITLE.upper())}</span></a></div>
<nav class="navbar navbar-expand-md navbar-dark bg-danger" id="navigation"><div class="container">
<ul class="navbar-nav" role="menubar">{nav}</ul>
<form action="{SITE}/tim-kiem" class="form-inline" method="get"><input class="form-control" name="q" placeholder="Tìm kiếm..." type="text" /></form>
</div></nav>
</header>
<section id="content"><div class="container">
{crumb_html}
<div class="row">
{sidebar()}
<div class="col-md-9 cot-phai">
{main}
</div>
</div>
</div></section>
<footer id="footer" role="contentinfo"><div class="container">
<p class="ten-don-vi"><strong>{esc(SITE_TITLE.upper())}</strong></p>
<p>Địa chỉ: Số 08, đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên</p>
<p>Điện thoại: 0208 3856 245 - Fax: 0208 3856 246 - Email: truongchinhtri@thainguyen.gov.vn</p>
<p>Chịu trách nhiệm chính: TS. Đặng Văn Minh - Hiệu trưởng</p>
<p class="powered-by">Powered by <a href="https://www.liferay.com" rel="external">Liferay</a></p>
</div></footer>
</div></div>
</body>
</html>"""


def portlet(pid: str, title: str, inner: str) -> str:
    return f"""<div class="portlet-boundary portlet-boundary_{pid.split("_INSTANCE_")[0]}_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">
<h2 class="portlet-title-text">{esc(title)}</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
{inner}
</div></div></div>
</section>
</div>"""


def abstract(story: Story, href: str) -> str:
    first = next(b for b in story.blocks if isinstance(b, P)).text
    words = (story.summary or first).split()
    teaser = " ".join(words[:30]) + (" ..." if len(words) > 30 else "")
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = (
        f'<div class="asset-small-image"><img alt="" class="asset-small-image img-thumbnail" src="{esc(img.src)}" width="150" /></div>'
        if img
        else ""
    )
    return f"""<div class="asset-abstract">
<h3 class="asset-title"><a href="{esc(href)}">{esc(story.title)}</a></h3>
<div class="asset-content">{thumb}<div class="asset-summary">{esc(teaser)}</div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{date_short(story)}</span></div>
<div class="asset-more"><a href="{esc(href)}">Xem thêm <span class="hide-accessible">về {esc(story.title)}</span> »</a></div>
</div>"""


def home(request: Request) -> Response:
    latest = sorted_stories(STORIES)[:PER_PAGE]
    parts = [
        portlet(
            ap_id("tin-hoat-dong").replace("Kq3vT8nWbZ1x", "HomeNews01ab"),
            "Tin mới",
            "\n".join(abstract(s, article_path(s)) for s in latest),
        )
    ]
    for cat in ("nghien-cuu-khoa-hoc", "dao-tao", "van-ban-chi-dao"):
        items = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({date_short(s)})</span></li>'
            for s in section_stories(cat)[:2]
        )
        parts.append(
            f'<div class="hop-chuyen-muc"><h2><a href="{section_path(cat)}">{esc(CATEGORIES[cat])}</a></h2>'
            f"<ul>{items}</ul></div>"
        )
    return html(layout("Trang chủ", "\n".join(parts)))


def pager(cat: str, page: int, pages: int, total: int) -> str:
    if pages <= 1:
        return ""
    start, end = (page - 1) * PER_PAGE + 1, min(page * PER_PAGE, total)
    ap = ap_id(cat)

    def link(n: int) -> str:
        return esc(f"{SITE}/{cat}?p_r_p_resetCur=false&_{ap}_cur={n}")

    items = [
        f'<li class="page-item{" disabled" if page == 1 else ""}"><a class="page-link" href="{link(max(1, page - 1))}">«</a></li>'
    ]
    for n in range(1, pages + 1):
        active = " active" if n == page else ""
        items.append(
            f'<li class="page-item{active}"><a class="page-link" href="{link(n)}">{n}</a></li>'
        )
    items.append(
        f'<li class="page-item{" disabled" if page == pages else ""}"><a class="page-link" href="{link(min(pages, page + 1))}">»</a></li>'
    )
    return f"""<div class="taglib-page-iterator"><div class="pagination-bar">
<div class="dropdown pagination-items-per-page"><a class="dropdown-toggle page-link" href="javascript:void(0);">{PER_PAGE} Mục</a></div>
<div class="pagination-results">Hiển thị {start} - {end} của {total} kết quả.</div>
<ul class="pagination">{"".join(items)}</ul></div></div>"""


def section(request: Request, cat: str) -> Response | None:
    cur = request.params.get(f"_{ap_id(cat)}_cur", "1")
    if not cur.isdigit():
        return None
    page = int(cur)
    stories = section_stories(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    inner = "\n".join(abstract(s, listed_path(s, page)) for s in chunk) + pager(
        cat, page, pages, len(stories)
    )
    main = portlet(ap_id(cat), CATEGORIES[cat], inner)
    if cat == "van-ban-chi-dao":
        rows = "".join(
            f'<li><a href="{esc(doc_entry_path(e))}?_com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INSTANCE}_redirect={quote(section_path(cat), safe="")}">{esc(t)}</a>'
            f' <span class="small">({d[:10]})</span></li>'
            for e, (t, _f, d, _s) in DOC_FILES.items()
        )
        main += portlet(
            f"com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INSTANCE}",
            "Văn bản mới",
            f'<ul class="list-unstyled van-ban-moi">{rows}</ul>',
        )
    crumbs = [(SITE, "Trang chủ"), (section_path(cat), CATEGORIES[cat])]
    return html(layout(CATEGORIES[cat], main, crumbs))


def related(story: Story) -> str:
    others = [s for s in section_stories(story.cat) if s is not story][:3]
    items = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({date_short(s)})</span></li>'
        for s in others
    )
    return f'<div class="tin-khac"><h3 class="tieu-de-tin-khac">Tin khác</h3><ul>{items}</ul></div>'


def article_page(request: Request, story: Story, via_listing: bool = False) -> Response:
    base = base_url(request)
    ap = ap_id(story.cat)
    canonical = base + article_path(story)
    tags = " ".join(
        f'<span class="badge badge-default">{esc(t)}</span>' for t in story.opts.get("tags", [])
    )
    back = (
        f'<p class="component-title h4 header-back-to"><a class="icon-monospaced" href="{section_path(story.cat)}" title="Quay lại">&larr;</a>'
        f'<span class="asset-title d-inline">{esc(story.title)}</span></p>'
        if via_listing
        else ""
    )
    inner = f"""{back}
<div class="asset-full-content clearfix mb-5 default-asset-publisher no-title">
<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="{40500 + story.id}" data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">
{article_template(story)}
</div></div>
<div class="asset-links-tools">
<a class="taglib-icon-print" href="{esc(print_path(story))}" target="_blank"><i class="icon-print"></i> In bài viết</a>
<span class="social-bookmarks"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe="")}" rel="nofollow" target="_blank">Facebook</a>
<a href="mailto:?subject={quote(story.title)}&amp;body={quote(canonical, safe="")}">Gửi email</a></span>
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-tags">Từ khóa: {tags}</span></div>
</div>
{related(story)}
<div class="taglib-discussion"><h3>Bình luận</h3><p class="text-muted">Hãy là người đầu tiên bình luận.</p>
<form action="{esc(content_path(story))}?p_p_id={ap}&amp;p_p_lifecycle=1&amp;javax.portlet.action=invokeTaglibDiscussion" method="post">
<textarea class="form-control" name="_{ap}_body" placeholder="Nhập bình luận"></textarea>
<button class="btn btn-primary" type="submit">Gửi</button></form></div>"""
    head = (
        f'<link data-senna-track="temporary" href="{canonical}" rel="canonical" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{canonical}" />'
    )
    crumbs = [(SITE, "Trang chủ"), (section_path(story.cat), CATEGORIES[story.cat])]
    return html(layout(story.title, portlet(ap, CATEGORIES[story.cat], inner), crumbs, head))


def print_page(request: Request, story: Story) -> Response:
    canonical = base_url(request) + article_path(story)
    return html(f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(story.title)} - {esc(SITE_TITLE)}</title>
<link href="{canonical}" rel="canonical" />
<link href="/o/tct-theme/css/main.css?t=1763612000000" rel="stylesheet" /></head>
<body class="portal-popup"><div class="columns-max" id="main-content">
<div class="journal-content-article">
{article_template(story)}
</div></div>
<script>window.print();</script></body></html>""")


def static_page(slug: str) -> Response:
    if slug == "gioi-thieu":
        title = "Giới thiệu"
        content = """<h1 class="tieu-de">Giới thiệu Trường Chính trị tỉnh Thái Nguyên</h1>
<p>Trường Chính trị tỉnh Thái Nguyên là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy về
công tác đào tạo, bồi dưỡng lý luận chính trị cho cán bộ, đảng viên trong hệ thống chính trị của tỉnh.</p>
<p>Nhà trường hiện có 5 khoa chuyên môn, 3 phòng chức năng, với 62 cán bộ, giảng viên, nhân viên; trong đó 9 tiến sĩ,
41 thạc sĩ.</p>
<p>Năm 2019, Nhà trường được công nhận đạt chuẩn mức 1 theo Quy định của Ban Bí thư.</p>"""
    else:
        title = "Liên hệ"
        content = """<h1 class="tieu-de">Liên hệ</h1>
<p>Trường Chính trị tỉnh Thái Nguyên - Số 08, đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên.</p>
<p>Điện thoại: 0208 3856 245 - Email: truongchinhtri@thainguyen.gov.vn</p>
<form action="/web/truong-chinh-tri/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet&amp;p_p_lifecycle=1" method="post">
<label>Họ và tên <input name="hoTen" type="text" /></label> <label>Email <input name="email" type="email" /></label>
<label>Nội dung <textarea name="noiDung"></textarea></label><button type="submit">Gửi</button></form>"""
    inner = f'<div class="journal-content-article" data-analytics-asset-type="web-content">{content}</div>'
    pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_gt01"
    return html(
        layout(title, portlet(pid, title, inner), [(SITE, "Trang chủ"), (f"{SITE}/{slug}", title)])
    )


def doc_entry(entry: int) -> Response:
    title, fname, uploaded, size = DOC_FILES[entry]
    href = f"/documents/{GROUP_ID}/45790/{fname}/{_uuid(fname)}?version=1.0&amp;download=true"
    inner = f"""<div class="document-entry">
<h3 class="document-title">{esc(title)}</h3>
<div class="sidebar-body"><dl>
<dt>Tên tệp</dt><dd>{esc(fname)}</dd>
<dt>Phiên bản</dt><dd>1.0 (Đã duyệt)</dd>
<dt>Ngày tải lên</dt><dd>{uploaded}</dd>
<dt>Kích thước</dt><dd>{size}</dd></dl>
<a class="btn btn-primary" href="{href}">Tải về ({size})</a></div>
<div class="preview-file"><p>Không có bản xem trước cho tệp này.</p></div>
</div>"""
    pid = f"com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INSTANCE}"
    crumbs = [(SITE, "Trang chủ"), (section_path("van-ban-chi-dao"), "Văn bản chỉ đạo")]
    return html(layout(title, portlet(pid, "Văn bản mới", inner), crumbs))


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        if path.startswith("/documents/"):
            if ".pdf/" in path:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if re.search(r"\.(jpg|png)/", path):
                return static_file(".jpg")
            return None
        if path.startswith(("/o/", "/image/")) or path == "/favicon.ico":
            return static_file(path) or static_file(".png")
        if path == "/":
            return redirect(SITE, 302)
        if path == SITE:
            return home(request)
        if m := re.fullmatch(rf"{SITE}/-/([a-z0-9-]+)", path):
            story = BY_SLUG.get(m.group(1))
            return article_page(request, story) if story else None
        if m := re.fullmatch(
            rf"{SITE}/([a-z-]+)/-/asset_publisher/(\w+)/content/([a-z0-9-]+)", path
        ):
            story = BY_SLUG.get(m.group(3))
            if not story or story.cat != m.group(1) or AP_INSTANCE[story.cat] != m.group(2):
                return None
            if request.params.get("p_p_state") == "pop_up":
                return print_page(request, story)
            return article_page(request, story, via_listing=True)
        if m := re.fullmatch(
            rf"{SITE}/van-ban-chi-dao/-/document_library/{DL_INSTANCE}/view_file/(\d+)", path
        ):
            entry = int(m.group(1))
            return doc_entry(entry) if entry in DOC_FILES else None
        if m := re.fullmatch(rf"{SITE}/([a-z-]+)", path):
            key = m.group(1)
            if key in CATEGORIES:
                return section(request, key)
            if key in ("gioi-thieu", "lien-he") and request.method == "GET":
                return static_page(key)
        return None


def build_site() -> LiferaySite:
    return LiferaySite()
